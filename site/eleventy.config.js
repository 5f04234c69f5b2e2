/**
 * Eleventy config: small on purpose; each block delegates to a local plugin in _config/.
 * Data does not come from _data files fetching over HTTP: site/build.ts (full) and site/publish.ts
 * (incremental) load it through Payload's Local API, validate it with the shared zod schemas and
 * hand it in as global data; site/render.ts runs Eleventy and writes the output atomically.
 */
import rssPlugin from '@11ty/eleventy-plugin-rss'
import filters from './_config/filters.js'

export default function (eleventyConfig) {
  // Filters used by the templates (markdown for section bodies, dates, markdown export).
  eleventyConfig.addPlugin(filters)
  // The feed's date and absolute-URL filters (dateToRfc3339, htmlBaseUrl).
  eleventyConfig.addPlugin(rssPlugin)
  // Only Nunjucks pages are templates; build scripts, assets and the output are not.
  eleventyConfig.setTemplateFormats(['njk'])
  eleventyConfig.ignores.add('_site/**')
  eleventyConfig.ignores.add('node_modules/**')
  eleventyConfig.ignores.add('assets/**')
  eleventyConfig.setQuietMode(true)
  // Pages are rendered into memory and written by render.ts; no watch, no dev server.
  eleventyConfig.setDataDeepMerge(false)
}

export const config = {
  // input and output come from build.ts (relative dirs here would resolve against the cwd)
  dir: { includes: '_includes', data: '_data' },
  htmlTemplateEngine: 'njk',
}
