/**
 * `npm run build:admin`: the production build of the Payload admin (`next build` in cms/, about a
 * minute on 2 cores), skipped when cms/.next is current — built from the same cms/ sources and the
 * same package-lock.json, as recorded in cms/.next/cr-source-hash. `--force` builds anyway.
 * `npm run build` and `npm start` build the admin through this module too.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { log, stage } from '@communityrule/core/progress'
import { run } from './run'

const repoRoot = path.resolve(import.meta.dirname, '..')
const cmsDir = path.join(repoRoot, 'cms')
const stamp = path.join(cmsDir, '.next', 'cr-source-hash')

/** A hash of every source file under cms/ and of package-lock.json; not of what `next build` writes (.next/, next-env.d.ts). */
export function adminSourceHash(): string {
  const hash = createHash('sha256')
  const files = readdirSync(cmsDir, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        !file.startsWith('.next') &&
        file !== 'next-env.d.ts' &&
        !file.includes('node_modules') &&
        /\.(tsx?|jsx?|mjs|scss|css|json)$/.test(file),
    )
    .sort()
  for (const file of files) hash.update(file).update(readFileSync(path.join(cmsDir, file)))
  hash.update('package-lock.json').update(readFileSync(path.join(repoRoot, 'package-lock.json')))
  return hash.digest('hex')
}

/** True when cms/.next holds a build of the current sources and dependencies. */
export function adminIsCurrent(): boolean {
  return (
    existsSync(path.join(cmsDir, '.next', 'BUILD_ID')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === adminSourceHash()
  )
}

/** `next build` in cms/, then the stamp. */
export async function buildAdmin(): Promise<void> {
  const hash = adminSourceHash() // of the sources this build starts from
  await run(process.execPath, [path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: cmsDir,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      // Importing the Payload config needs a DATABASE_URL; the build never connects to it.
      DATABASE_URL: process.env.DATABASE_URL || 'postgres://build@127.0.0.1:1/none',
    },
  })
  writeFileSync(stamp, hash)
}

// Run as a script. import.meta.filename names this source file even inside a bundle (scripts/build-server.mjs).
if (process.argv[1] === import.meta.filename) {
  if (!process.argv.includes('--force') && adminIsCurrent()) {
    log('admin', 'up to date (cms/ and package-lock.json unchanged since the last build; --force to rebuild)')
  } else {
    await stage('admin', 'building the CMS admin (next build, about a minute)', buildAdmin)
  }
}
