/**
 * Session tokens and OTP codes: only HMACs of them are stored, so a database dump cannot be replayed.
 * Shared by the BFF (cookie, sessions, sign-in codes) and the CMS's email job (which opens the sealed code).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { config } from '../config'

export const SESSION_COOKIE = 'cr_session'
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

const DEV_SECRET = 'dev-only-session-secret-change-me-please-0000'

export function sessionSecret(): string {
  return config().SESSION_SECRET || DEV_SECRET
}

export function hmac(value: string, purpose: string): string {
  return createHmac('sha256', sessionSecret()).update(`${purpose}:${value}`).digest('hex')
}

export const newSessionToken = (): string => randomBytes(32).toString('base64url')
export const hashSessionToken = (token: string): string => hmac(token, 'session')

/** Six digits from a CSPRNG, zero-padded ("004217" is a valid code). */
export const newOtpCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0')
export const hashOtpCode = (email: string, code: string): string => hmac(`${email}:${code}`, 'otp')

export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}

export const hashIp = (ip: string | undefined): string | undefined => (ip ? hmac(ip, 'ip') : undefined)

/** Reads one cookie from a Cookie header without pulling in a parser for a single value. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}

/**
 * The email job needs the plain code to send it, but the job row lives in Postgres: the code is
 * sealed with AES-256-GCM under a key derived from SESSION_SECRET, so nothing readable is at rest.
 */
function sealKey(): Buffer {
  return createHmac('sha256', sessionSecret()).update('otp-seal-key').digest()
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', sealKey(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

export function openSecret(sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', sealKey(), raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}
