import { describe, expect, it } from 'vitest'
import {
  hashOtpCode,
  hashSessionToken,
  newOtpCode,
  newSessionToken,
  readCookie,
  safeEqualHex,
} from '@communityrule/core/data/session-token'

describe('session tokens and codes', () => {
  it('makes 32-byte url-safe tokens and stores only a keyed hash', () => {
    const token = newSessionToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashSessionToken(token)).not.toContain(token)
  })

  it('makes six-digit codes, zero-padded, bound to the email', () => {
    const codes = new Set(Array.from({ length: 2000 }, newOtpCode))
    for (const code of codes) expect(code).toMatch(/^\d{6}$/)
    expect(codes.size).toBeGreaterThan(1900)
    expect(hashOtpCode('a@x.org', '123456')).not.toBe(hashOtpCode('b@x.org', '123456'))
  })

  it('compares hashes in constant time and handles unequal lengths', () => {
    expect(safeEqualHex('abcd', 'abcd')).toBe(true)
    expect(safeEqualHex('abcd', 'abce')).toBe(false)
    expect(safeEqualHex('abcd', 'ab')).toBe(false)
  })

  it('reads one cookie from a header', () => {
    expect(readCookie('a=1; cr_session=tok%3D; b=2', 'cr_session')).toBe('tok=')
    expect(readCookie(undefined, 'cr_session')).toBeUndefined()
  })
})
