import markdownIt from 'markdown-it'

/**
 * Section bodies as the site renders them: the same markdown-it options as the `markdown` filter of
 * site/_config/filters.js (no raw HTML, links made safe), so the admin's preview shows what the page
 * will (tests/unit/admin-markdown.test.ts compares both on every seeded body).
 */
const md = markdownIt({ html: false, linkify: true, typographer: true })

export function renderBody(text: string | null | undefined): string {
  return text ? md.render(String(text)) : ''
}
