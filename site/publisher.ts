/**
 * Lets this process run `buildSite` jobs (cms/jobs/build-site.ts) and render template previews
 * (cms/lib/site-preview.ts). The Payload config holds no site
 * code (the Next admin's webpack build must not pull in Eleventy), so every process that runs the
 * `site` queue says so once at start: the start scripts, the compiled servers and the tests.
 */
import { provideSitePublisher } from '../cms/jobs/build-site'
import { provideTemplatePreview } from '../cms/lib/site-preview'

export function enableSiteBuilds(): void {
  // Loaded by the first build, not here: Eleventy and the renderer add ~55 MB and 0.3 s that an idle
  // BFF need not pay.
  provideSitePublisher(async (payload) => (await import('./publish')).publishPending(payload))
  // The admin's "Preview" of a template draft renders with the same templates.
  provideTemplatePreview(async (payload, draft) => (await import('./preview')).renderTemplatePreview(payload, draft))
}
