import markdownIt from 'markdown-it'
import { ruleToMarkdown } from './markdown-export.js'

// Section bodies are "plain text with light Markdown": no raw HTML, links made safe by markdown-it.
const md = markdownIt({ html: false, linkify: true, typographer: true })

/*
 * Characters no XML 1.0 document may contain (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF)
 * and lone surrogates (not encodable). With the `u` flag a valid surrogate pair is one code point,
 * so the \uD800-\uDFFF range only matches a lone half.
 */
const invalidChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu
// The same class without `u` (also true for valid pairs): a test ~2.5× faster than the replace, so
// the common page with nothing to strip costs little (it runs on every page of a 10,000-rule build).
const maybeInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/

/** `text` without the characters that would make feed.xml, sitemap.xml or a page invalid. */
export function stripInvalidChars(text) {
  return typeof text === 'string' && maybeInvalid.test(text) ? text.replace(invalidChars, '') : text
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => escapes[c])

const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
/** "12 December 2026" (UTC), from an ISO string or a Date. */
export const readableDate = (iso) => dateFormat.format(new Date(iso))

export default function filters(eleventyConfig) {
  // The one place control characters from data (titles, summaries, documents) are dropped: every
  // rendered page, feed.xml and sitemap.xml passes through it (PagedRenderer applies it too).
  eleventyConfig.addTransform('stripInvalidChars', stripInvalidChars)
  eleventyConfig.addFilter('markdown', (text) => (text ? md.render(String(text)) : ''))
  eleventyConfig.addFilter('readableDate', readableDate)
  eleventyConfig.addFilter('isoDate', (iso) => new Date(iso).toISOString())
  eleventyConfig.addFilter('byCategory', (templates, category) => templates.filter((t) => t.category === category))
  // The methods library: a group's methods, and the groups that have any.
  eleventyConfig.addFilter('byGroup', (methods, group) => (methods || []).filter((m) => m.group === group))
  eleventyConfig.addFilter('withMethods', (groups, methods) =>
    (groups || []).filter((g) => (methods || []).some((m) => m.group === g.id)),
  )
  // "Started from the Circles template": a template's title from its slug (the slug if it is gone).
  eleventyConfig.addFilter(
    'templateTitle',
    (templates, slug) => (templates || []).find((t) => t.slug === slug)?.title ?? slug,
  )
  // "Adopted by consent": a method's name from its slug (the slug if it is not in the library).
  eleventyConfig.addFilter('methodName', (methods, slug) => (methods || []).find((m) => m.slug === slug)?.name ?? slug)
  // A word-by-word change (core/schema/rule-diff.ts) as HTML: removed runs in <del>, added in <ins>,
  // each announced in words (strike-through and underline alone say nothing to a screen reader).
  eleventyConfig.addFilter('diffHtml', (parts) =>
    (parts || [])
      .map(({ text, change }) =>
        change === 'removed'
          ? `<del><span class="visually-hidden">Removed: </span>${escapeHtml(text)}</del>`
          : change === 'added'
            ? `<ins><span class="visually-hidden">Added: </span>${escapeHtml(text)}</ins>`
            : escapeHtml(text),
      )
      .join(''),
  )
  eleventyConfig.addFilter('capitalize', (text) => String(text).charAt(0).toUpperCase() + String(text).slice(1))
  // The rule page's "copy as Markdown" text (same function as /rules/<slug>/rule.md).
  eleventyConfig.addFilter('ruleMarkdown', (doc) => stripInvalidChars(ruleToMarkdown(doc)))
  // Listings and the feed show the first n items of a list.
  eleventyConfig.addFilter('take', (list, n) => (list || []).slice(0, n))
  // Our data carries ISO strings; the RSS plugin's date filters take Date objects.
  eleventyConfig.addFilter('asDate', (iso) => new Date(iso))
}
