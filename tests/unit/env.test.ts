import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseServerConfig } from '@communityrule/core/config'

const serverConfig = (source: Record<string, string | undefined>) => parseServerConfig({ source })

const secrets = { SESSION_SECRET: 's'.repeat(40), PAYLOAD_SECRET: 'p'.repeat(40) }

describe('parseServerConfig', () => {
  it('needs nothing but a database in development', () => {
    const env = serverConfig({ DATABASE_URL: 'postgres://x' })
    expect(env.PORT).toBe(3000)
    expect(env.publicUrl).toBe('http://localhost:3000')
    expect(env.CORS_ORIGINS).toEqual([])
  })

  it('refuses to start production with a short SESSION_SECRET', () => {
    expect(() =>
      serverConfig({
        DATABASE_URL: 'postgres://x',
        NODE_ENV: 'production',
        SESSION_SECRET: 'short',
        PAYLOAD_SECRET: 'p'.repeat(40),
      }),
    ).toThrow(/SESSION_SECRET: must be at least 32/)
  })

  it('refuses to start production without SMTP_URL (the console mailer is for development)', () => {
    expect(() => serverConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', ...secrets })).toThrow(
      /SMTP_URL: is required in production/,
    )
    expect(() =>
      serverConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', ...secrets, SMTP_URL: '' }),
    ).toThrow(/SMTP_URL/)
    expect(
      serverConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'production', ...secrets, SMTP_URL: 'smtp://mail:25' })
        .SMTP_URL,
    ).toBe('smtp://mail:25')
    expect(serverConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'development' }).SMTP_URL).toBeUndefined()
    expect(serverConfig({ DATABASE_URL: 'postgres://x', NODE_ENV: 'test' }).SMTP_URL).toBeUndefined()
  })

  it('npm start checks the environment before it starts any database, and says why without a stack trace', () => {
    const root = path.resolve(import.meta.dirname, '..', '..')
    // DATABASE_URL points at a port nobody listens on: a start that got as far as the database
    // would print the "database" stage and fail (or hang) differently.
    const started = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
        ...secrets,
      },
    })
    expect(started.status).toBe(1)
    expect(started.stderr).toContain('SMTP_URL: is required in production')
    expect(started.stderr).not.toMatch(/\n\s+at /)
    expect(started.stdout).not.toMatch(/database|PostgreSQL/)
  }, 60_000)

  it('splits CORS_ORIGINS', () => {
    expect(
      serverConfig({ DATABASE_URL: 'postgres://x', CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS,
    ).toEqual(['https://a.example', 'https://b.example'])
  })
})
