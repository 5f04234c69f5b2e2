import markdownIt from 'markdown-it'
import { ruleToMarkdown } from './markdown-export.js'

// Section bodies are "plain text with light Markdown": no raw HTML, links made safe by markdown-it.
const md = markdownIt({ html: false, linkify: true, typographer: true })

const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

export default function filters(eleventyConfig) {
  eleventyConfig.addFilter('markdown', (text) => (text ? md.render(String(text)) : ''))
  eleventyConfig.addFilter('readableDate', (iso) => dateFormat.format(new Date(iso)))
  eleventyConfig.addFilter('isoDate', (iso) => new Date(iso).toISOString())
  eleventyConfig.addFilter('byCategory', (templates, category) => templates.filter((t) => t.category === category))
  // "Started from the Circles template": a template's title from its slug (the slug if it is gone).
  eleventyConfig.addFilter('templateTitle', (templates, slug) => (templates || []).find((t) => t.slug === slug)?.title ?? slug)
  eleventyConfig.addFilter('capitalize', (text) => String(text).charAt(0).toUpperCase() + String(text).slice(1))
  // The rule page's "copy as Markdown" text (same function as /rules/<slug>/rule.md).
  eleventyConfig.addFilter('ruleMarkdown', (doc) => ruleToMarkdown(doc))
  // Listings and the feed show the first n items of a list.
  eleventyConfig.addFilter('take', (list, n) => (list || []).slice(0, n))
  // The newest date among items (the feed's <updated>).
  eleventyConfig.addFilter('latestDate', (items, field, fallback) =>
    items.length ? items.reduce((max, item) => (item[field] > max ? item[field] : max), items[0][field]) : fallback,
  )
}
