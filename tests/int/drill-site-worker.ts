/**
 * A stand-alone site-build worker for the drills (not a test file): boots Payload on DATABASE_URL and
 * runs one `publishPending` into SITE_DIR, as the `buildSite` job does, printing JSON lines
 * (`locked`-free: the lock is site/publish.ts's business). Spawned by drill-scale and drill-worker-kill.
 *
 *   DATABASE_URL=… SITE_DIR=… npx tsx tests/int/drill-site-worker.ts
 */
const { payloadInstance } = await import('../../cms/lib/payload')
const { publishPending } = await import('../../site/publish')

const payload = await payloadInstance()
payload.logger.level = 'warn'
const startedAt = Date.now()
console.log(JSON.stringify({ event: 'start', pid: process.pid, at: startedAt }))
const passes = await publishPending(payload, { outDir: process.env.SITE_DIR! })
console.log(
  JSON.stringify({
    event: 'done',
    pid: process.pid,
    startedAt,
    finishedAt: Date.now(),
    built: passes.flatMap((pass) => pass.built),
  }),
)
await payload.destroy().catch(() => {})
process.exit(0)

export {}
