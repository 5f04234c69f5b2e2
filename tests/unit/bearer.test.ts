import { afterEach, describe, expect, it, vi } from 'vitest'

// Record every timingSafeEqual call to check that the token is never compared any other way.
const compared = vi.hoisted(() => [] as Array<[number, number]>)
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>()
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength])
      return crypto.timingSafeEqual(a, b)
    },
  }
})

const { bearerMatches } = await import('../../functions/lib/bearer')

afterEach(() => {
  compared.length = 0
})

describe('bearerMatches (the /metrics token check)', () => {
  const token = 'scrape-secret-0123456789'

  it('accepts exactly `Bearer <token>`', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true)
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true) // the scheme is case-insensitive (RFC 7235)
  })

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['the bare token', token],
    ['another scheme', `Basic ${token}`],
    ['a prefix of the token', `Bearer ${token.slice(0, -1)}`],
    ['the token and more', `Bearer ${token}x`],
    ['a different token of the same length', `Bearer ${'x'.repeat(token.length)}`],
    ['a one-character token', 'Bearer x'],
    ['an empty token', 'Bearer '],
    ['two tokens', `Bearer ${token} ${token}`],
  ])('refuses %s', (_label, header) => {
    expect(bearerMatches(header, token)).toBe(false)
  })

  it('compares in constant time: always timingSafeEqual over two SHA-256 digests, whatever was sent', () => {
    for (const header of [`Bearer ${token}`, 'Bearer x', `Bearer ${'y'.repeat(500)}`, undefined, 'garbage']) {
      compared.length = 0
      bearerMatches(header, token)
      expect(compared).toEqual([[32, 32]])
    }
  })
})
