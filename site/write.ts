/**
 * Atomic file writes shared by the main thread and the rule-page workers: a temp file beside the
 * target, then rename (atomic on POSIX within one directory), so a reader never sees half a page.
 * Each directory is created once per build (`resetMadeDirs` clears the memo after stale pages are
 * removed).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
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
  renameSync(tmp, file)
}

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
  await rename(tmp, file)
}

/** A bounded pool of in-flight writes. */
export function writeQueue(limit = 32) {
  const inflight = new Set<Promise<void>>()
  let failure: unknown
  return {
    async add(file: string, content: string) {
      if (failure) throw failure
      const write = writeAtomicAsync(file, content).catch((err) => {
        failure ??= err
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
