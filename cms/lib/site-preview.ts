/**
 * How the BFF renders a template draft as its public page would look (the admin's "Preview"). The
 * renderer is the site's (Nunjucks templates, Eleventy), which `cms/` and `functions/` may not import:
 * the process provides it at start, with the site build (site/publisher.ts).
 */
import type { Payload } from 'payload'
import type { RuleTemplate } from '@communityrule/core/schema/api'

export type TemplatePreview = RuleTemplate & { id: string; updatedAt: string }
export type TemplatePreviewRenderer = (payload: Payload, template: TemplatePreview) => Promise<string>

let renderer: TemplatePreviewRenderer | undefined

export function provideTemplatePreview(render: TemplatePreviewRenderer): void {
  renderer = render
}

/** The renderer this process was given, or undefined (a process that does not build the site). */
export const templatePreviewRenderer = (): TemplatePreviewRenderer | undefined => renderer
