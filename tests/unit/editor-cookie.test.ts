/**
 * The editors' cookie (`payload-token`, Payload's local auth on the users collection): HttpOnly by
 * Payload, SameSite=Lax, and `Secure` whenever NODE_ENV=production (issue 9). The collection reads the
 * configuration when it loads, so each case loads it afresh.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

async function usersAuth() {
  vi.resetModules()
  const { Users } = await import('../../cms/collections/Users')
  return Users.auth as { cookies?: { secure?: boolean; sameSite?: unknown }; maxLoginAttempts?: number }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the editor cookie', () => {
  it('is Secure in production', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect((await usersAuth()).cookies).toMatchObject({ secure: true, sameSite: 'Lax' })
  })

  it('is not Secure in development (http://localhost)', async () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect((await usersAuth()).cookies).toMatchObject({ secure: false, sameSite: 'Lax' })
  })

  it('has no per-account lockout a stranger could trigger (the BFF limits logins per client)', async () => {
    expect((await usersAuth()).maxLoginAttempts).toBe(0)
  })
})
