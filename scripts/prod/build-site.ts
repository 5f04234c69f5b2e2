/**
 * `node dist/build-site.mjs`: the full static site build into SITE_DIR (default site/_site) from
 * DATABASE_URL, then exits — a rebuild from the production image (docs/ops-backend-deploy.md).
 * `npm run build:site` is the same from source, for development.
 */
import { requireDatabaseUrl } from './env'

requireDatabaseUrl()
const { payloadInstance } = await import('../../cms/lib/payload')
const { buildSite } = await import('../../site/build')
const payload = await payloadInstance()
await buildSite({ payload })
await payload.destroy()
process.exit(0)
