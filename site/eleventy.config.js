/**
 * Eleventy config: small on purpose; each block delegates to a local plugin in _config/.
 * Data does not come from _data files fetching over HTTP: site/build.ts loads it once through
 * Payload's Local API, validates it with the shared zod schemas and hands it in as global data.
 */
import filters from './_config/filters.js'

export default function (eleventyConfig) {
  // Filters used by the templates (markdown for section bodies, dates, markdown export).
  eleventyConfig.addPlugin(filters)
  // Only Nunjucks pages are templates; build.ts, assets and the output are not.
  eleventyConfig.setTemplateFormats(['njk'])
  eleventyConfig.ignores.add('_site/**')
  eleventyConfig.ignores.add('node_modules/**')
  eleventyConfig.setQuietMode(true)
}

export const config = {
  // input and output come from build.ts (relative dirs here would resolve against the cwd)
  dir: { includes: '_includes', data: '_data' },
  htmlTemplateEngine: 'njk',
}
