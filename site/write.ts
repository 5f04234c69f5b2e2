/**
 * Atomic file writes shared by the main thread and the rule-page workers: a temp file beside the
 * target, then rename (atomic on POSIX within one directory), so a reader never sees half a page.
 * Each directory is created once per build (`resetMadeDirs` clears the memo after stale pages are
 * removed). Callers pass paths made by site/output-path.ts, already confined to the output directory.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { threadId } from 'node:worker_threads'

let tmpCounter = 0
// pid + thread id: workers of one process share the pid but not the counter.
const tmpName = (file: string) => `${file}.${process.pid}.${threadId}.${++tmpCounter}.tmp`
const madeDirs = new Set<string>()
const makingDirs = new Map<string, Promise<void>>()

export function resetMadeDirs(): void {
  madeDirs.clear()
  makingDirs.clear()
}

/** Writes a file atomically: a temp file beside it, then rename. */
export function writeAtomic(file: string, content: string | Buffer): void {
  const dir = path.dirname(file)
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true })
    madeDirs.add(dir)
  }
  const tmp = tmpName(file)
  writeFileSync(tmp, content)
  try {
    renameSync(tmp, file)
  } catch (err) {
    if (!isDirInTheWay(err)) throw err
    rmSync(file, { recursive: true, force: true })
    renameSync(tmp, file)
  }
}

/**
 * A directory where a page file belongs (e.g. `rules/index.html/`, left by an old build that took a
 * slug `index.html` for a rule folder) is stale: the page replaces it rather than failing the build.
 */
const isDirInTheWay = (err: unknown) => (err as NodeJS.ErrnoException).code === 'EISDIR'

/** writeAtomic on libuv's thread pool, so disk writes overlap with rendering the next page. */
async function writeAtomicAsync(file: string, content: string): Promise<void> {
  const dir = path.dirname(file)
  let made = makingDirs.get(dir)
  if (!made) {
    made = mkdir(dir, { recursive: true }).then(() => undefined)
    makingDirs.set(dir, made)
  }
  await made
  const tmp = tmpName(file)
  await writeFile(tmp, content)
  await rename(tmp, file).catch(async (err) => {
    if (!isDirInTheWay(err)) throw err
    await rm(file, { recursive: true, force: true })
    await rename(tmp, file)
  })
}

/** A bounded pool of in-flight writes. */
export function writeQueue(limit = 32) {
  const inflight = new Set<Promise<void>>()
  let failure: unknown
  return {
    /** Queues a write; its error fails the queue (at `drain`), or goes to `onError` when given. */
    async add(file: string, content: string, onError?: (err: unknown) => void) {
      if (failure) throw failure
      const write = writeAtomicAsync(file, content).catch((err) => {
        if (onError) onError(err)
        else failure ??= err
      })
      inflight.add(write)
      void write.finally(() => inflight.delete(write))
      if (inflight.size >= limit) await Promise.race(inflight)
    },
    async drain() {
      await Promise.all(inflight)
      if (failure) throw failure
    },
  }
}
