/** One progress line per start-up stage, with the time it took, so a slow stage is obvious. */
const started = Date.now()

export function log(stage: string, message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5)
  process.stdout.write(`[${seconds}s] ${stage.padEnd(10)} ${message}\n`)
}

export async function stage<T>(name: string, message: string, work: () => Promise<T>): Promise<T> {
  log(name, `${message}…`)
  const t0 = Date.now()
  const result = await work()
  log(name, `${message} — done in ${((Date.now() - t0) / 1000).toFixed(1)}s`)
  return result
}
