/**
 * esbuild plugin: collapses the indentation inside Lit `html` and `css` tagged templates
 * (esbuild minifies code but leaves template text alone). Any whitespace run containing a line
 * break becomes one space, which HTML and CSS treat the same. Only applied to element and style
 * modules (no quote characters inside regex literals there; the scanner does not parse regexes).
 */
import { readFile } from 'node:fs/promises'

export function minifyTemplates(src) {
  let out = ''
  let i = 0
  const n = src.length
  function code(untilBrace) {
    let depth = 0
    while (i < n) {
      const c = src[i]
      if (c === '/' && src[i + 1] === '/') {
        const j = src.indexOf('\n', i)
        const end = j < 0 ? n : j
        out += src.slice(i, end)
        i = end
      } else if (c === '/' && src[i + 1] === '*') {
        const j = src.indexOf('*/', i + 2) + 2
        out += src.slice(i, j)
        i = j
      } else if (c === '"' || c === "'") {
        let j = i + 1
        while (j < n && src[j] !== c) j += src[j] === '\\' ? 2 : 1
        out += src.slice(i, j + 1)
        i = j + 1
      } else if (c === '`') {
        const tagged = /\b(html|css)\s*$/.test(out.slice(-12))
        out += '`'
        i++
        template(tagged)
      } else {
        if (c === '{') depth++
        if (c === '}') {
          if (depth === 0 && untilBrace) return
          depth--
        }
        out += c
        i++
      }
    }
  }
  function template(minify) {
    let text = ''
    const flush = () => {
      out += minify ? text.replace(/\s*\n\s*/g, ' ') : text
      text = ''
    }
    while (i < n) {
      const c = src[i]
      if (c === '\\') {
        text += src.slice(i, i + 2)
        i += 2
      } else if (c === '`') {
        flush()
        out += '`'
        i++
        return
      } else if (c === '$' && src[i + 1] === '{') {
        flush()
        out += '${'
        i += 2
        code(true)
        out += '}'
        i++
      } else {
        text += c
        i++
      }
    }
  }
  code(false)
  return out
}

export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /components[\\/]src[\\/](cr-[^\\/]+|styles|render[\\/][^\\/]+)\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }))
  },
}
