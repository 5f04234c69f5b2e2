// Untyped JavaScript the site build imports (Eleventy 3, Nunjucks and our own Eleventy plugins).
declare module '@11ty/eleventy'
declare module 'nunjucks'
declare module '*/_config/filters.js'
declare module '*/_config/markdown-export.js' {
  import type { RuleDocument } from '@communityrule/core/schema'
  export function ruleToMarkdown(doc: RuleDocument): string
  export function markdownToRule(markdown: string): RuleDocument
}
