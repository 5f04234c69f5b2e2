/**
 * Renders a template draft exactly as its static page will be (templates/template.njk through
 * Eleventy, the same data shape and assets as a build), in memory: the admin's "Preview". Nothing is
 * written but the fingerprinted assets the page links to (which a build publishes anyway).
 */
import type { Payload } from 'payload'
import { paths } from '@communityrule/core/paths'
import type { TemplatePreview } from '../cms/lib/site-preview'
import { loadMethods, loadTemplates, siteData } from './_data/load'
import { defaultOutDir } from './publish'
import { publishAssets, renderWithEleventy } from './render'

const BANNER =
  '<p class="notice" role="status" style="margin:0;border-radius:0;text-align:center">' +
  'Preview of an unpublished draft: this is how the page will look once published.</p>'

export async function renderTemplatePreview(payload: Payload, draft: TemplatePreview): Promise<string> {
  const outDir = defaultOutDir()
  // The gallery and home page list the other published templates; the draft takes its own place.
  // The methods library too: building blocks that are published methods link to their pages.
  const [{ templates }, { methods }] = await Promise.all([loadTemplates(payload), loadMethods(payload)])
  const others = templates.filter((t) => t.id !== draft.id && t.slug !== draft.slug)
  const data = siteData({
    templates: [...others, draft].sort((a, b) => a.sortOrder - b.sortOrder),
    templatePages: [draft],
    ruleIndex: [],
    rulePages: [],
    methods,
    methodPages: [],
  })
  const entries = await renderWithEleventy(outDir, data, publishAssets(outDir), ['templates/template.njk'])
  const page = entries.find((entry) => entry.url === paths.template(draft.slug))
  if (!page) throw new Error(`the template page of "${draft.slug}" did not render`)
  return page.content
    .replace('<head>', '<head><meta name="robots" content="noindex">')
    .replace(/<body([^>]*)>/, `<body$1>${BANNER}`)
}
