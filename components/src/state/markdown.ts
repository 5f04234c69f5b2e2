/**
 * The "light Markdown" of section bodies (paragraphs, "- " lists, *emphasis*, **strong**, links),
 * parsed to a tiny tree that templates render as text nodes — user text never goes through innerHTML.
 * Mirrors what markdown-it (html: false, linkify) produces on the site for the same input.
 */
export type Inline = string | { t: 'em' | 'strong'; c: Inline[] } | { t: 'a'; href: string; c: Inline[] }
export type Block = { t: 'p'; c: Inline[] } | { t: 'ul' | 'ol'; items: Inline[][] }

const listItem = /^\s*(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/

export function parseMarkdown(text: string | undefined): Block[] {
  const blocks: Block[] = []
  let para: string[] = []
  let list: { t: 'ul' | 'ol'; items: string[] } | null = null
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) })
    if (list) blocks.push({ t: list.t, items: list.items.map(parseInline) })
    para = []
    list = null
  }
  for (const line of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const item = listItem.exec(line)
    if (!line.trim()) flush()
    else if (item) {
      const t = item[1] ? 'ul' : 'ol'
      if (para.length || (list && list.t !== t)) flush()
      list ??= { t, items: [] }
      list.items.push(item[3]!)
    } else if (list && /^\s+\S/.test(line)) list.items[list.items.length - 1] += `\n${line.trim()}`
    else {
      if (list) flush()
      para.push(line.trim())
    }
  }
  flush()
  return blocks
}

/** Only links a reader can safely follow: http(s), mailto, and same-site paths/anchors. */
export function safeHref(href: string): string | null {
  const h = href.trim()
  if (/^(https?:|mailto:)/i.test(h) || /^(\/(?!\/)|#)/.test(h)) return h
  return null
}

const inlinePattern =
  /\*\*([^*]+?)\*\*|__([^_]+?)__|\*([^*\s](?:[^*]*?[^*\s])?)\*|_([^_\s](?:[^_]*?[^_\s])?)_|\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<]+[^\s<.,:;"')\]])/

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let rest = text
  for (;;) {
    const match = inlinePattern.exec(rest)
    if (!match) break
    if (match.index) out.push(rest.slice(0, match.index))
    const [whole, strong1, strong2, em1, em2, linkText, linkHref, bare] = match
    if (strong1 ?? strong2) out.push({ t: 'strong', c: parseInline((strong1 ?? strong2)!) })
    else if (em1 ?? em2) out.push({ t: 'em', c: parseInline((em1 ?? em2)!) })
    else if (linkText !== undefined) {
      const href = safeHref(linkHref!)
      out.push(href ? { t: 'a', href, c: parseInline(linkText) } : whole)
    } else out.push({ t: 'a', href: bare!, c: [bare!] })
    rest = rest.slice(match.index + whole.length)
  }
  if (rest) out.push(rest)
  return out
}
