/**
 * A PORT someone else listens on: `npm start` and the production start say so in one sentence (what
 * and what to do) and exit 1 before anything starts (no embedded PostgreSQL, no migrations, no Next),
 * instead of a Node stack trace after everything else has started and a Next server left behind.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
let blocker: net.Server
let port: number

beforeAll(async () => {
  blocker = net.createServer()
  // Every interface, as the BFF listens.
  await new Promise<void>((resolve) => blocker.listen(0, resolve))
  port = (blocker.address() as net.AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())))

function start(script: string, env: Record<string, string>) {
  // The environment of someone who set only what `env` says.
  const childEnv: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(childEnv))
    if (['DATABASE_URL', 'NODE_ENV', 'PUBLIC_URL', 'SITE_DIR'].includes(name) || name.startsWith('VITEST'))
      delete childEnv[name]
  Object.assign(childEnv, env, { PORT: String(port) })
  return spawnSync(tsx, [script], { cwd: root, env: childEnv, encoding: 'utf8', timeout: 30_000 })
}

describe('a PORT that is taken', () => {
  it('npm start: one sentence and exit 1, before the database starts', () => {
    const { status, stdout, stderr } = start('scripts/start.ts', {})
    expect(status, stdout + stderr).toBe(1)
    const output = (stdout + stderr).trim()
    expect(output).toBe(
      `Port ${port} is already in use (another program, perhaps another npm start, listens on it); stop that program, or set PORT to a free port, e.g. PORT=3000 npm start.`,
    )
    expect(output).not.toMatch(/^\s+at /m)
  })

  it('the production start: the same, before it connects to DATABASE_URL', () => {
    const { status, stdout, stderr } = start('scripts/prod/start.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: 'smtp://127.0.0.1:1',
    })
    expect(status, stdout + stderr).toBe(1)
    const output = (stdout + stderr).trim()
    expect(output).toMatch(new RegExp(`^Port ${port} is already in use .*PORT=3000 npm run start:prod\\.$`))
    expect(output).not.toMatch(/^\s+at |database/m)
  })
})
