/**
 * Full site build (`npm run build:site`): loads templates and rules through Payload's Local API,
 * validates them with the shared schemas, fingerprints assets and runs Eleventy. Prints pages/s.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import Eleventy from '@11ty/eleventy'
import { loadSiteData, type SiteData } from './_data/load'

const siteDir = import.meta.dirname
const repoRoot = path.resolve(siteDir, '..')

export type Assets = { css: string; vitals: string; components: string }

/** Copies an asset to `assets/<name>.<hash>.<ext>` and returns its public path. */
function fingerprint(source: string, outDir: string, name: string): string {
  const content = readFileSync(source)
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10)
  const ext = path.extname(source)
  const file = `${name}.${hash}${ext}`
  mkdirSync(path.join(outDir, 'assets'), { recursive: true })
  copyFileSync(source, path.join(outDir, 'assets', file))
  return `/assets/${file}`
}

export function publishAssets(outDir: string): Assets {
  const dist = path.join(repoRoot, 'components', 'dist')
  if (!existsSync(path.join(dist, 'cr.js'))) {
    throw new Error('components/dist is missing: run `npm run build:components` first')
  }
  // A stable URL for third-party embeds (short cache) next to fingerprinted copies for our pages.
  mkdirSync(path.join(outDir, 'components'), { recursive: true })
  copyFileSync(path.join(dist, 'cr.js'), path.join(outDir, 'components', 'cr.js'))
  return {
    css: fingerprint(path.join(siteDir, 'assets', 'site.css'), outDir, 'site'),
    vitals: fingerprint(path.join(dist, 'vitals.js'), outDir, 'vitals'),
    components: fingerprint(path.join(dist, 'cr.js'), outDir, 'cr'),
  }
}

export async function buildSite({ payload, outDir = path.join(siteDir, '_site'), data }: { payload?: Payload; outDir?: string; data?: SiteData } = {}) {
  const t0 = performance.now()
  const siteData = data ?? (await loadSiteData(payload!))
  const tData = performance.now()
  rmSync(path.join(outDir, 'assets'), { recursive: true, force: true })
  const assets = publishAssets(outDir)
  const elev = new Eleventy(siteDir, outDir, {
    quietMode: true,
    configPath: path.join(siteDir, 'eleventy.config.js'),
    config(eleventyConfig: any) {
      eleventyConfig.addGlobalData('cms', siteData)
      eleventyConfig.addGlobalData('assets', assets)
    },
  })
  const results = (await elev.write()) as unknown as unknown[]
  const pages = results.flat(3).filter((entry: any) => entry?.outputPath?.endsWith('.html')).length
  const seconds = (performance.now() - t0) / 1000
  console.log(
    `site: ${pages} pages in ${seconds.toFixed(2)}s (${Math.round(pages / seconds)} pages/s; data load ${((tData - t0) / 1000).toFixed(2)}s)`,
  )
  return { pages, seconds }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { resolveDatabase } = await import('../scripts/db')
  const { payloadInstance } = await import('../cms/lib/payload')
  const db = await resolveDatabase()
  const payload = await payloadInstance()
  await buildSite({ payload })
  await payload.destroy()
  await db.stop()
  process.exit(0)
}
