import { existsSync } from 'node:fs'
import path from 'node:path'
import express, { type Express } from 'express'

export const defaultSiteDir = path.resolve(import.meta.dirname, '..', '..', 'site', '_site')

// esbuild/eleventy emit names like `site.3f9a1c2b.css`, and esbuild's code-splitting chunks names like
// `chunks/chunk-MGIFVOMD.js` (components/build.mjs): safe to cache for a year.
const HASHED = /(\.[0-9a-f]{8,}\.(css|js|mjs|svg|woff2)|[\\/]chunks[\\/][\w-]+-[0-9A-Z]{8}\.js)$/i

/** The Eleventy output as static files: hashed assets immutable, HTML revalidated on every visit. */
export function serveSite(app: Express, siteDir = defaultSiteDir): void {
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
    const notFoundPage = path.join(siteDir, '404.html')
    if (!existsSync(notFoundPage)) return next()
    res.status(404).setHeader('Cache-Control', 'no-cache')
    // dotfiles: 'allow' because the output dir itself may live under a dot-folder (.data/ in tests).
    res.sendFile(notFoundPage, { dotfiles: 'allow' })
  })
}
