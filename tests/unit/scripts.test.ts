/**
 * The npm scripts tell the truth: each runs a file that exists (or, for dist/*.mjs, an entry that
 * scripts/build-server.mjs compiles) with a binary that is installed, README's "Other commands"
 * table lists exactly these scripts, and every place that runs Next turns its telemetry off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>

describe('package.json scripts', () => {
  it.each(Object.entries(scripts))('%s runs an installed binary on files that exist', (_name, command) => {
    const words = command.split(/\s+/).filter((word) => !/^[A-Z_]+=/.test(word)) // leading VAR=value
    const binary = words[0]!
    if (binary !== 'node') expect(existsSync(path.join(root, 'node_modules', '.bin', binary)), binary).toBe(true)
    for (const file of words.filter((word) => /\.(ts|mjs|js)$/.test(word) && !word.includes('='))) {
      const entry = /^dist\/(.+)\.mjs$/.exec(file)
      if (entry) expect(read('scripts/build-server.mjs')).toMatch(new RegExp(`['"]?${entry[1]}['"]?: '`))
      else expect(existsSync(path.join(root, file)), file).toBe(true)
    }
  })

  it('are exactly the commands of README’s "Other commands" table', () => {
    const readme = read('README.md')
    const table = readme.slice(
      readme.indexOf('## Other commands'),
      readme.indexOf('\n## ', readme.indexOf('## Other commands') + 1),
    )
    const listed = [...table.matchAll(/`npm (?:run )?([\w:-]+)/g)].map((m) => m[1]!)
    expect(new Set(listed)).toEqual(new Set(Object.keys(scripts)))
  })
})

describe('Next', () => {
  it('runs with NEXT_TELEMETRY_DISABLED=1 wherever it is started', () => {
    const sources = ['scripts', 'bench', 'tests']
      .flatMap((dir) =>
        readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)),
      )
      .filter((file) => /\.(ts|mjs)$/.test(file) && file !== path.join('tests', 'unit', 'scripts.test.ts'))
    // Next's binary by path (node_modules/.bin/next, next/dist/bin/next) or through npx (['next', 'build']).
    const startsNext = sources.filter((file) =>
      /['"]next['"],\s*['"]dist['"]|['"]\.bin['"],\s*['"]next['"]|\[\s*['"]next['"],\s*['"](build|start|dev)['"]/.test(
        read(file),
      ),
    )
    expect(startsNext.length).toBeGreaterThan(0)
    for (const file of startsNext) expect(read(file), file).toMatch(/NEXT_TELEMETRY_DISABLED/)
    for (const [name, command] of Object.entries(scripts))
      if (/\bnext\b/.test(command)) expect(command, name).toMatch(/NEXT_TELEMETRY_DISABLED=1/)
    for (const workspace of ['cms', 'functions', 'site', 'components']) {
      const own = JSON.parse(read(`${workspace}/package.json`)).scripts ?? {}
      for (const command of Object.values<string>(own))
        if (/\bnext\b/.test(command)) expect(command).toMatch(/NEXT_TELEMETRY_DISABLED=1/)
    }
  })

  it('is told the public origin by the start scripts (`next start -p` sets PORT to the internal port)', () => {
    // Without it Payload's serverURL and csrf allow-list become http://localhost:<internal port>, and
    // every editor request that carries our Origin loses its cookie (found by the issue 9 audit).
    for (const file of ['scripts/start.ts', 'scripts/prod/start.ts'])
      expect(read(file), file).toMatch(/env: \{ \.\.\.process\.env, PUBLIC_URL: config\(\)\.publicUrl,/)
  })
})
