/**
 * Site search (issue 13): Pagefind indexes the built rule, template and method pages (the part of each
 * marked `data-pagefind-body`) into a static index the search page queries in the browser.
 *
 * Pagefind has no incremental mode: every run reads every page (about 20 s for 10,000 rule pages on
 * this 2-core machine). So the incremental build does not wait for it: after a publish the page is
 * live at once and the index follows once publishing has been calm for a few seconds
 * (indexSearchWhenCalm). Runs are single-flight per process, the indexer runs at a low CPU
 * priority, and each run writes a new folder under
 * `_search/` and then points `pagefind` at it by renaming a symlink, so a reader never sees half an
 * index. A failed run is logged and the previous index stays.
 */
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { paths } from '@communityrule/core/paths'
import { insideOutDir } from './output-path'
import { writeAtomic } from './write'

/** Where the search page loads Pagefind from (`/pagefind/pagefind.js`). */
export const SEARCH_DIR = 'pagefind'
const VERSIONS_DIR = '_search'
/** Only these pages are searched; everything else (listings, tombstones, app pages) is left out. */
const SEARCHED_PAGES = '{rules,templates,methods}/*/index.html'

export type SearchIndexResult = { pages: number; seconds: number; bytes: number }

/** The Pagefind binary of this platform (the `pagefind` package installs it as an optional dependency). */
function pagefindBinary(): string {
  const require = createRequire(import.meta.url)
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const name = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended'
  return require.resolve(`@pagefind/${platform}-${os.arch()}/bin/${name}`)
}

function folderBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, entry))
    if (stats.isFile()) total += stats.size
  }
  return total
}

/** Indexes `outDir` once, now. Throws when Pagefind fails (the previous index stays). */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const t0 = performance.now()
  const started = Date.now()
  const version = `${started.toString(36)}-${process.pid}`
  const target = path.join(outDir, VERSIONS_DIR, version)
  // NOTE: spawned directly rather than through Pagefind's Node API, whose service process cannot be
  // given a lower priority; the command line is the same indexer.
  const child = spawn(
    pagefindBinary(),
    ['--site', outDir, '--glob', SEARCHED_PAGES, '--output-path', target, '--silent'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  try {
    if (child.pid) os.setPriority(child.pid, 19)
  } catch {
    // Not allowed here: index at normal priority.
  }
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) {
    rmSync(target, { recursive: true, force: true })
    throw new Error(`pagefind exited with ${code}: ${stderr.trim().slice(0, 500)}`)
  }
  const entry = JSON.parse(readFileSync(path.join(target, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  pointSearchAt(outDir, version)
  // This index no longer has the pages removed before it started.
  forgetRemovedBefore(outDir, started)
  return {
    pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
    seconds: (performance.now() - t0) / 1000,
    bytes: folderBytes(target),
  }
}

// ---- pages removed since the index was built ----
//
// The index is rebuilt only once publishing calms down (below), so a rule withdrawn or hidden a moment
// ago is still in it: the build lists what it removed in /search-removed.json (paths.searchRemoved),
// which the search page leaves out of its results, until an index built after the removal replaces it.

type Removed = Array<{ url: string; at: number }>
const removedFile = (outDir: string) => insideOutDir(outDir, `.${paths.searchRemoved}`)

function readRemoved(outDir: string): Removed {
  try {
    const list = JSON.parse(readFileSync(removedFile(outDir), 'utf8'))
    return Array.isArray(list) ? list : []
  } catch {
    return []
  }
}

/** Adds the URLs of pages just removed from the site to the list the search page leaves out. */
export function recordRemovedFromSearch(outDir: string, urls: string[]): void {
  if (!urls.length) return
  const at = Date.now()
  writeAtomic(removedFile(outDir), JSON.stringify([...readRemoved(outDir), ...urls.map((url) => ({ url, at }))]))
}

function forgetRemovedBefore(outDir: string, time: number): void {
  const list = readRemoved(outDir)
  const kept = list.filter((entry) => entry.at >= time)
  if (kept.length !== list.length) writeAtomic(removedFile(outDir), JSON.stringify(kept))
}

/** Points `pagefind` at `_search/<version>` (one rename) and removes the older versions. */
function pointSearchAt(outDir: string, version: string): void {
  const link = path.join(outDir, SEARCH_DIR)
  const next = `${link}.${version}.tmp`
  symlinkSync(path.join(VERSIONS_DIR, version), next)
  // A real folder (not ours) cannot be replaced by a rename.
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) rmSync(link, { recursive: true, force: true })
  renameSync(next, link)
  for (const old of readdirSync(path.join(outDir, VERSIONS_DIR))) {
    // A run of another process may be writing its own version right now: keep anything newer.
    if (old !== version && old < version) rmSync(path.join(outDir, VERSIONS_DIR, old), { recursive: true, force: true })
  }
}

type Log = (line: string) => void

/** A run in progress for an output folder, and whether another one is owed after it. */
const running = new Map<string, { promise: Promise<void>; again: boolean }>()

/**
 * Rebuilds the index of `outDir` now, or once the run in progress ends (any number of calls
 * meanwhile make one more run). Resolves when the index includes every page written before the call.
 * Never rejects: a failure is logged.
 */
export function scheduleSearchIndex(outDir: string, log: Log): Promise<void> {
  const current = running.get(outDir)
  if (current) {
    current.again = true
    return current.promise
  }
  const state = { promise: Promise.resolve(), again: false }
  state.promise = (async () => {
    try {
      do {
        state.again = false
        try {
          const result = await buildSearchIndex(outDir)
          log(
            `site: search index: ${result.pages} pages in ${result.seconds.toFixed(2)}s, ${(result.bytes / 1024).toFixed(0)} KB (${(result.bytes / Math.max(1, result.pages)).toFixed(0)} B per page)`,
          )
        } catch (err) {
          log(`site: search index failed, the previous one stays: ${(err as Error).message}`)
        }
      } while (state.again)
    } finally {
      running.delete(outDir)
    }
  })()
  running.set(outDir, state)
  return state.promise
}

/** After a publish, the index waits for this much calm (a burst of publishes gives one run)… */
export const SEARCH_QUIET_MS = 3_000
/** …but never longer than this after the first change it has not indexed yet (a steady stream of
 * publishes keeps priority over search freshness: at 10,000 rules a run takes ~15 s). */
export const SEARCH_MAX_WAIT_MS = 120_000
const waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>()

/**
 * Indexes `outDir` once the site has been calm for SEARCH_QUIET_MS (at most SEARCH_MAX_WAIT_MS
 * after the first unindexed change). NOTE: the indexer reads and writes every page's index part
 * (10,000 files at 10,000 rules); run during a burst of publishes, its disk writes slowed each
 * publish's page writes by about a second on this machine, so it waits for a calm moment instead.
 */
export function indexSearchWhenCalm(outDir: string, log: Log): void {
  const pending = waiting.get(outDir)
  const since = pending?.since ?? Date.now()
  if (pending) clearTimeout(pending.timer)
  const delay = Math.max(0, Math.min(SEARCH_QUIET_MS, since + SEARCH_MAX_WAIT_MS - Date.now()))
  const timer = setTimeout(() => {
    waiting.delete(outDir)
    void scheduleSearchIndex(outDir, log)
  }, delay)
  timer.unref()
  waiting.set(outDir, { timer, since })
}
