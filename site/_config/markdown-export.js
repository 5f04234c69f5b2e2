/**
 * RuleDocument ⇄ Markdown. `ruleToMarkdown` feeds the rule page's "copy as Markdown" (the readonly
 * textarea and `/rules/<slug>/rule.md`); `markdownToRule` reads it back, which is how the tests prove
 * the export keeps every piece of the document's text.
 *
 * Layout: `# title`, summary, `**Community:** name`, `**Size:** size`, description, then one `## title`
 * per section with its body and one `### name` per module (summary, `Setting: config`, then a
 * `**Label:** text` paragraph per structured field of a community's own method).
 * Free text never starts a line with a marker: such lines (and lines starting with `\`) get one
 * leading backslash, which Markdown renders away and `markdownToRule` removes.
 */

const MARKER = /^(\\|#|\*\*|Setting:)/

/** Escapes free text so none of its lines can be mistaken for structure. */
function escapeText(text) {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (MARKER.test(line) ? `\\${line}` : line))
    .join('\n')
}

function unescapeText(lines) {
  return lines
    .map((line) => (line.startsWith('\\') ? line.slice(1) : line))
    .join('\n')
    .trim()
}

/** @param {import('@communityrule/core/schema').RuleDocument} doc */
export function ruleToMarkdown(doc) {
  const out = [`# ${doc.title}`]
  if (doc.summary?.trim()) out.push('', escapeText(doc.summary.trim()))
  const community = doc.community
  if (community?.name?.trim()) {
    out.push('', `**Community:** ${community.name}`)
    if (community.size?.trim()) out.push(`**Size:** ${community.size}`)
    if (community.description?.trim()) out.push('', escapeText(community.description.trim()))
  }
  for (const section of doc.sections) {
    out.push('', `## ${section.title}`)
    if (section.body?.trim()) out.push('', escapeText(section.body.trim()))
    for (const module of section.modules ?? []) {
      out.push('', `### ${module.name}`)
      if (module.summary?.trim()) out.push('', escapeText(module.summary.trim()))
      if (module.config?.trim()) out.push('', `Setting: ${escapeText(module.config.trim())}`)
      for (const { label, text } of module.details ?? []) out.push('', `**${label}:** ${escapeText(text.trim())}`)
    }
  }
  return `${out.join('\n')}\n`
}

/**
 * Parses what `ruleToMarkdown` wrote back into the document's text (ids and kinds are not part of
 * the Markdown; sections come back as `custom`).
 */
export function markdownToRule(markdown) {
  const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n')
  const doc = { title: '', sections: [] }
  let buffer = []
  let target = 'summary'
  let section
  let module
  const flush = () => {
    const text = unescapeText(buffer)
    buffer = []
    if (!text) return
    if (target === 'summary') doc.summary = text
    else if (target === 'description') doc.community.description = text
    else if (target === 'body') section.body = text
    else if (target === 'module-summary') module.summary = text
    else if (target === 'module-config') module.config = text
    else if (target === 'module-detail') module.details.at(-1).text = text
  }
  const detail = /^\*\*([^*\n]+):\*\* /
  for (const line of lines) {
    if (line.startsWith('# ') && !doc.title) {
      doc.title = line.slice(2)
    } else if (line.startsWith('**Community:** ') && !section) {
      flush()
      doc.community = { name: line.slice('**Community:** '.length) }
      target = 'description'
    } else if (line.startsWith('**Size:** ') && !section) {
      doc.community.size = line.slice('**Size:** '.length)
    } else if (line.startsWith('## ')) {
      flush()
      section = { id: `section-${doc.sections.length + 1}`, kind: 'custom', title: line.slice(3) }
      doc.sections.push(section)
      target = 'body'
    } else if (line.startsWith('### ')) {
      flush()
      module = { id: `module-${(section.modules ?? []).length + 1}`, name: line.slice(4) }
      ;(section.modules ??= []).push(module)
      target = 'module-summary'
    } else if (line.startsWith('Setting: ') && target.startsWith('module')) {
      flush()
      buffer.push(line.slice('Setting: '.length))
      target = 'module-config'
    } else if (detail.test(line) && target.startsWith('module')) {
      flush()
      const [marker, label] = detail.exec(line)
      ;(module.details ??= []).push({ label, text: '' })
      buffer.push(line.slice(marker.length))
      target = 'module-detail'
    } else {
      buffer.push(line)
    }
  }
  flush()
  return doc
}
