import { existsSync } from 'node:fs'
import path from 'node:path'
import express, { type Express, type Request } from 'express'
import { GONE_DIR } from '@communityrule/core/paths'

export const defaultSiteDir = path.resolve(import.meta.dirname, '..', '..', 'site', '_site')

// esbuild/eleventy emit names like `site.3f9a1c2b.css`, and esbuild's code-splitting chunks names like
// `chunks/chunk-MGIFVOMD.js` (components/build.mjs): safe to cache for a year.
const HASHED = /(\.[0-9a-f]{8,}\.(css|js|mjs|svg|woff2)|[\\/]chunks[\\/][\w-]+-[0-9A-Z]{8}\.js)$/i

/** The request path as the static handler resolves it (decoded, `.`/`..`/`//` folded); null if undecodable. */
function sitePath(req: Request): string | null {
  try {
    return path.posix.normalize(`/${decodeURIComponent(req.path)}`)
  } catch {
    return null
  }
}

/**
 * The tombstone of a removed page (site/publish.ts writes `<site>/_gone/<page path>/index.html`): for
 * `/rules/x/`, `/rules/x`, `/rules/x/index.html` or any file of the page such as `/rules/x/rule.md`.
 */
function tombstoneFor(siteDir: string, pathname: string): string | undefined {
  const segments = pathname.split('/').filter(Boolean)
  if (!segments.length) return undefined
  const candidates = [segments]
  if (segments.length > 1 && segments.at(-1)!.includes('.')) candidates.push(segments.slice(0, -1))
  for (const parts of candidates) {
    const file = path.join(siteDir, GONE_DIR, ...parts, 'index.html')
    if (existsSync(file)) return file
  }
  return undefined
}

/**
 * The Eleventy output as static files: hashed assets immutable, HTML revalidated on every visit. A
 * page the editors removed answers 410 Gone with its tombstone (the reason); anything else missing
 * gets the 404 page. The tombstones' folder itself is never served as it is.
 */
export function serveSite(app: Express, siteDir = defaultSiteDir): void {
  const notFound: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const notFoundPage = path.join(siteDir, '404.html')
    if (!existsSync(notFoundPage)) return next()
    res.status(404).setHeader('Cache-Control', 'no-cache')
    // dotfiles: 'allow' because the output dir itself may live under a dot-folder (.data/ in tests).
    res.sendFile(notFoundPage, { dotfiles: 'allow' })
  }
  app.use((req, res, next) => {
    const pathname = sitePath(req)
    if (pathname === `/${GONE_DIR}` || pathname?.startsWith(`/${GONE_DIR}/`)) return notFound(req, res, next)
    next()
  })
  app.use(
    express.static(siteDir, {
      extensions: ['html'],
      setHeaders: (res, filePath) => {
        // Public static files: the embed bundle is loaded as a module script by other origins,
        // which requires CORS on the script itself.
        res.setHeader('Access-Control-Allow-Origin', '*')
        if (HASHED.test(filePath)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        else res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
      },
    }),
  )
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const pathname = sitePath(req)
    const tombstone = pathname ? tombstoneFor(siteDir, pathname) : undefined
    if (!tombstone) return next()
    // Revalidated on every visit: a restored rule's page replaces it at once.
    res.status(410).setHeader('Cache-Control', 'no-cache')
    res.sendFile(tombstone, { dotfiles: 'allow' })
  })
  app.use(notFound)
}
