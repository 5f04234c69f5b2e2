import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../functions/env'

describe('parseEnv', () => {
  it('needs nothing but a database in development', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://x' })
    expect(env.PORT).toBe(3000)
    expect(env.publicUrl).toBe('http://localhost:3000')
    expect(env.CORS_ORIGINS).toEqual([])
  })

  it('refuses to start production with a short SESSION_SECRET', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', SESSION_SECRET: 'short', PAYLOAD_SECRET: 'p'.repeat(40) })).toThrow(/SESSION_SECRET: must be at least 32/)
  })

  it('splits CORS_ORIGINS', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://x', CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
  })
})
