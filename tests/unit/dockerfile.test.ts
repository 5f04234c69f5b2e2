/**
 * Validates the Dockerfile without a Docker engine: `hadolint` when it is on the PATH, and always a
 * structural check of what docs/ops-backend-deploy.md promises (multi-stage, pinned Node base image,
 * production dependencies only and the compiled server at run time, non-root runtime, HEALTHCHECK on
 * /api/ready, signals reaching node). Manual check with Docker:
 * `docker build -t cr . && docker run --rm cr id -u` (not 0).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
// Logical instructions: continuation lines joined, comments and blank lines dropped.
const instructions = dockerfile
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
const args = Object.fromEntries(
  instructions.filter((l) => /^ARG /i.test(l)).map((l) => l.slice(4).split('=') as [string, string]),
)
const resolve = (image: string) => image.replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? '')
const froms = instructions
  .filter((l) => /^FROM /i.test(l))
  .map((l) => /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(l)!)
const runtimeIndex = instructions.lastIndexOf(instructions.filter((l) => /^FROM /i.test(l)).at(-1)!)
const runtime = instructions.slice(runtimeIndex)
/** The instructions of the stage named `name` (up to the next FROM). */
function stage(name: string): string[] {
  const start = instructions.findIndex((l) => new RegExp(`^FROM\\s.*\\sAS\\s+${name}$`, 'i').test(l))
  expect(start, `stage ${name}`).toBeGreaterThanOrEqual(0)
  const end = instructions.findIndex((l, i) => i > start && /^FROM /i.test(l))
  return instructions.slice(start, end === -1 ? undefined : end)
}
/** `COPY --from=<stage> <source…> <destination>` of the runtime stage. */
const runtimeCopies = runtime
  .map((l) => /^COPY\s+--from=(\S+)\s+(.+)$/i.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ from: m[1]!, sources: m[2]!.split(/\s+/).slice(0, -1) }))

const hadolint = spawnSync('hadolint', ['--version'], { encoding: 'utf8' })

describe('Dockerfile', () => {
  it.runIf(hadolint.status === 0)('passes hadolint', () => {
    execFileSync('hadolint', ['--failure-threshold', 'warning', path.join(root, 'Dockerfile')], { encoding: 'utf8' })
  })

  it('is multi-stage: a named build stage and a separate runtime stage that copies from it', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2)
    const names = froms.map((m) => m[2]?.toLowerCase())
    expect(names).toContain('build')
    expect(runtime.some((l) => /^COPY\s+--from=build\b/i.test(l))).toBe(true)
  })

  it('pins the Node base image (no `latest`, no bare `node`)', () => {
    for (const match of froms) {
      const image = resolve(match[1]!)
      if (froms.some((m) => m[2] === match[1])) continue // FROM <earlier stage>
      expect(image).toMatch(/^node:\d+\.\d+\.\d+-/)
      expect(image).not.toMatch(/:latest$|^node$/)
    }
  })

  it('runs as a non-root user in the runtime stage', () => {
    const users = runtime.filter((l) => /^USER /i.test(l)).map((l) => l.slice(5).trim())
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/)
  })

  it('has a HEALTHCHECK on /api/ready with a start period', () => {
    const healthcheck = runtime.find((l) => /^HEALTHCHECK /i.test(l))
    expect(healthcheck).toBeDefined()
    expect(healthcheck).toContain('/api/ready')
    expect(healthcheck).toMatch(/--start-period=\d+s/)
  })

  it('starts the compiled server with plain node in exec form, so SIGTERM reaches the app', () => {
    const cmd = runtime.filter((l) => /^CMD /i.test(l)).at(-1)!
    const argv = JSON.parse(cmd.slice(4)) as string[]
    expect(argv).toEqual(['node', 'dist/start.mjs'])
    expect(runtime.join('\n')).not.toMatch(/\btsx\b/)
  })

  it('builds with `npm run build` and runs on production dependencies and the build output only', () => {
    expect(stage('build').some((l) => /^RUN\s+npm run build\b/i.test(l))).toBe(true)
    // node_modules comes from a stage that installed with --omit=dev, nothing else from a full install.
    const dependencyStages = runtimeCopies
      .filter((c) => c.sources.some((s) => s === '/app' || /node_modules/.test(s)))
      .map((c) => c.from)
    expect(dependencyStages.length).toBeGreaterThan(0)
    for (const name of dependencyStages)
      expect(stage(name).some((l) => /^RUN\b.*\bnpm ci\b.*--omit=dev/i.test(l))).toBe(true)
    const fromBuild = runtimeCopies.filter((c) => c.from === 'build').flatMap((c) => c.sources)
    expect(fromBuild.sort()).toEqual(['/app/cms/.next', '/app/components/dist', '/app/dist'])
  })

  it('keeps Next telemetry off where Next runs (build and runtime)', () => {
    for (const lines of [stage('build'), runtime]) {
      expect(lines.some((l) => /^ENV\s.*\bNEXT_TELEMETRY_DISABLED=1\b/i.test(l))).toBe(true)
    }
  })

  it('keeps secrets and local state out of the build context', () => {
    const ignore = readFileSync(path.join(root, '.dockerignore'), 'utf8').split(/\r?\n/)
    for (const entry of ['.env', '.data', '.git', '**/node_modules']) expect(ignore).toContain(entry)
    expect(dockerfile).not.toMatch(/SESSION_SECRET=|PAYLOAD_SECRET=/)
  })
})

describe('docker-compose.yml', () => {
  it('brings up postgres, a mail catcher and the app built from the Dockerfile, with pinned images', async () => {
    const { parse } = await import('yaml')
    const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'))
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'mail', 'postgres'])
    expect(compose.services.app.build).toBe('.')
    expect(compose.services.app.depends_on.postgres.condition).toBe('service_healthy')
    expect(compose.services.app.environment.SMTP_URL).toBe('smtp://mail:1025')
    for (const name of ['postgres', 'mail']) expect(compose.services[name].image).not.toMatch(/:latest$|^[^:]+$/)
  })
})
