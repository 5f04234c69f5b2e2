import type { Payload, TaskConfig } from 'payload'

/**
 * What a `buildSite` job runs: site/publish.ts's `publishPending`. The task config below is imported
 * by every process that loads the Payload config, the Next admin included, and the admin's webpack
 * build must not pull in Eleventy; so the config holds no site code, and the processes that run the
 * `site` queue provide it at start (site/publisher.ts: `npm start`, the compiled servers, the e2e server
 * and the tests). The Next admin never runs this queue (no autoRun there, see ./index.ts; no kick, see
 * cms/lib/site-build-queue.ts).
 */
/** What one incremental pass did; site/publish.ts's PublishResult has (at least) these. */
export type SitePass = {
  built: unknown[]
  removed: unknown[]
  templates: unknown[]
  skipped: unknown[]
  seconds: number
}
export type SitePublisher = (payload: Payload) => Promise<SitePass[]>

let publisher: SitePublisher | undefined

export function provideSitePublisher(publish: SitePublisher): void {
  publisher = publish
}

/**
 * Incremental site build (queue `site`): publishes every pending change — new or edited rules,
 * hidden or deleted rules, changed templates — in one go, under a Postgres advisory lock, so jobs
 * coalesce and several instances never build at once. See site/publish.ts.
 */
export const buildSiteTask: TaskConfig<'buildSite'> = {
  slug: 'buildSite',
  retries: 3,
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'removed', type: 'number' },
    { name: 'templates', type: 'number' },
  ],
  handler: async ({ req }) => {
    if (!publisher) {
      throw new Error(
        'buildSite: this process cannot build the site (no publisher: it did not call enableSiteBuilds from site/publisher.ts)',
      )
    }
    const passes = await publisher(req.payload)
    for (const pass of passes) {
      req.payload.logger.info(
        // Skipped pages (a bad record) do not fail the job: each is logged and counted by publishPending.
        {
          built: pass.built.length,
          removed: pass.removed.length,
          templates: pass.templates.length,
          skipped: pass.skipped.length,
          seconds: pass.seconds,
        },
        'site: incremental build',
      )
    }
    const sum = (pick: (pass: SitePass) => unknown[]) => passes.reduce((n, pass) => n + pick(pass).length, 0)
    return {
      output: { built: sum((p) => p.built), removed: sum((p) => p.removed), templates: sum((p) => p.templates) },
    }
  },
}
