import { spawn } from 'node:child_process'
import path from 'node:path'
import { freePort } from '@communityrule/core/db'

/** A second, separate BFF process on its own port against the same database (scale-out tests). */
export async function startChildBff(env: Record<string, string>) {
  const port = await freePort()
  const root = path.resolve(import.meta.dirname, '..', '..')
  // tsx directly (not through npx) and in its own process group, so stop() ends the whole tree.
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['tests/support/bff-process.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, CR_JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/ready`)).ok) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`child BFF exited with ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error('child BFF did not become ready')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        process.kill(-child.pid!, 'SIGTERM')
      }),
  }
}
