/**
 * The production BFF bundle (functions/dist/server.mjs, plain node, no TypeScript loader): it serves
 * the API, and its job runner builds a newly published rule's page (loading the TypeScript site
 * build through tsx on first use).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { freePort, repoRoot } from '../../scripts/db'
import { bootPayload } from '../support/payload'

let child: ChildProcess
let origin: string
let payload: Payload
const siteDir = mkdtempSync(path.join(tmpdir(), 'cr-bundle-site-'))

beforeAll(async () => {
  process.env.CR_SITE_BUILD_KICK = 'false' // this process only writes; the bundle's runner builds
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload('bundle'))
  execFileSync(process.execPath, ['functions/build.mjs'], { cwd: repoRoot, stdio: 'ignore' })
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  child = spawn(process.execPath, ['functions/dist/server.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SITE_DIR: siteDir, LOG_LEVEL: 'warn', CR_JOBS_AUTORUN: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (const deadline = Date.now() + 60_000; ; ) {
    if (await fetch(`${origin}/api/ready`).then((r) => r.ok, () => false)) break
    if (Date.now() > deadline) throw new Error('bundled BFF did not become ready')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}, 120_000)
afterAll(async () => {
  child?.kill('SIGTERM')
  await payload?.destroy()
})

describe('functions/dist/server.mjs', () => {
  it('serves the API on plain node', async () => {
    expect((await fetch(`${origin}/api/health`)).status).toBe(200)
    expect((await fetch(`${origin}/api/templates`)).status).toBe(200)
  })

  it('builds a published rule page from its job runner', async () => {
    const member = await payload.create({ collection: 'members', data: { email: 'bundle@example.org' } })
    const slug = `bundle-rule-${Date.now()}`
    await payload.create({
      collection: 'rules',
      data: {
        title: 'Bundled build',
        slug,
        owner: member.id,
        publishedAt: new Date().toISOString(),
        document: { title: 'Bundled build', sections: [{ id: 'values', kind: 'values', title: 'Values', body: 'We care.' }] },
      },
    })
    const page = path.join(siteDir, 'rules', slug, 'index.html')
    for (const deadline = Date.now() + 30_000; !existsSync(page) && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(existsSync(page)).toBe(true)
    const live = await (await fetch(`${origin}/api/rules/${slug}`)).json()
    expect(live.rule.live).toBe(true)
  }, 60_000)
})
