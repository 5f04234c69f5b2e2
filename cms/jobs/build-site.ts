import { pathToFileURL } from 'node:url'
import path from 'node:path'
import type { TaskConfig } from 'payload'

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
    // Loaded at run time, and hidden from bundlers: the admin's Next build must not pull in
    // Eleventy. Site builds run in the BFF process (tsx), never in the Next admin (see hooks).
    const specifier = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'site', 'publish.ts')).href
    await ensureTypeScriptLoader()
    const { publishPending } = (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as typeof import('../../site/publish')
    const passes = await publishPending(req.payload)
    for (const pass of passes) {
      req.payload.logger.info(
        // Skipped pages (a bad record) do not fail the job: each is logged and counted by publishPending.
        { built: pass.built.length, removed: pass.removed.length, templates: pass.templates.length, skipped: pass.skipped.length, seconds: pass.seconds },
        'site: incremental build',
      )
    }
    const sum = (pick: (pass: (typeof passes)[number]) => unknown[]) => passes.reduce((n, pass) => n + pick(pass).length, 0)
    return { output: { built: sum((p) => p.built), removed: sum((p) => p.removed), templates: sum((p) => p.templates) } }
  },
}

let loader: Promise<unknown> | undefined
/**
 * The bundled production BFF (functions/dist/server.mjs) runs on plain node; the site build is
 * TypeScript + Eleventy loaded on first use, so register tsx then (a no-op cost under `tsx`).
 */
function ensureTypeScriptLoader(): Promise<unknown> {
  const underTsx = process.execArgv.some((arg) => arg.includes('tsx')) || Boolean(process.env.TSX)
  loader ??= underTsx ? Promise.resolve() : import(/* webpackIgnore: true */ 'tsx/esm/api').then(({ register }) => register())
  return loader
}

