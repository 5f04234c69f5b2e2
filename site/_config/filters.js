import markdownIt from 'markdown-it'

// Section bodies are "plain text with light Markdown": no raw HTML, links made safe by markdown-it.
const md = markdownIt({ html: false, linkify: true, typographer: true })

export default function filters(eleventyConfig) {
  eleventyConfig.addFilter('markdown', (text) => (text ? md.render(String(text)) : ''))
  eleventyConfig.addFilter('readableDate', (iso) =>
    new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  )
  eleventyConfig.addFilter('isoDate', (iso) => new Date(iso).toISOString())
  eleventyConfig.addFilter('byCategory', (templates, category) => templates.filter((t) => t.category === category))
  eleventyConfig.addFilter('capitalize', (text) => String(text).charAt(0).toUpperCase() + String(text).slice(1))
}
