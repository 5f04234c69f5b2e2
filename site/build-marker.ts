/**
 * Orphaned temp files come only from a build that stopped between writing a temp file and renaming
 * it (site/write.ts): a killed process, or a build that threw. Looking for them means walking the
 * whole output (~70,000 files at 10,000 rules, ~0.8 s on this machine), which every publish used to
 * pay before its page went live. Instead a build under the lock leaves a marker while it runs and
 * removes it when it ends well; the next build sweeps only when it finds the marker.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A dotfile: the site server never serves it (express.static ignores dotfiles). */
export const BUILD_MARKER = '.site-build-running'

/**
 * Temp files of a build that stopped between write and rename. Only the lock holder writes, so under
 * the lock every `*.tmp` in the output is an orphan (readers never see them: pages are renamed into
 * place).
 */
export function sweepOrphanTempFiles(outDir: string): number {
  if (!existsSync(outDir)) return 0
  const orphans = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tmp'))
  for (const file of orphans) rmSync(path.join(outDir, file), { force: true })
  return orphans.length
}

/** Runs a build (the caller holds the site-build lock), sweeping first if the last one did not end well. */
export async function withBuildMarker<T>(outDir: string, build: () => Promise<T>): Promise<T> {
  const marker = path.join(outDir, BUILD_MARKER)
  if (existsSync(marker)) sweepOrphanTempFiles(outDir)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(marker, `${process.pid}\n`)
  const result = await build()
  // Only a build that ended well removes it: one that threw may have left temp files too.
  rmSync(marker, { force: true })
  return result
}
