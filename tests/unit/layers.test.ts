/**
 * The layer rule of docs/architecture.md, checked on every source file: imports only go downwards
 * (core ← cms ← functions, site; components use core alone; scripts, tests and bench wire them), and
 * no module is loaded by a computed path.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')

/** What each layer may import (besides npm packages). */
const allowed: Record<string, string[]> = {
  core: ['core'],
  cms: ['core', 'cms'],
  functions: ['core', 'cms', 'functions'],
  site: ['core', 'cms', 'site'],
  components: ['core', 'components'],
}

const skipDirs = new Set(['node_modules', '.next', '_site', 'dist', 'migrations'])
const sourceFile = /\.(ts|tsx|js|mjs)$/

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : sourcesOf(full)
    return sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

/** Static `from '…'`, side-effect `import '…'` and `import('…')` specifiers; `computed` for any other import(). */
function importsOf(source: string): { specifiers: string[]; computed: string[] } {
  const specifiers = [
    ...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!)
  const computed = [...source.matchAll(/\bimport\(\s*([^'")\s][^)]*)\)/g)].map((match) => match[1]!)
  return { specifiers, computed }
}

function layerOf(specifier: string, file: string): string | undefined {
  if (specifier.startsWith('@communityrule/core')) return 'core'
  if (!specifier.startsWith('.')) return undefined // an npm package
  return path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]
}

describe('layers', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer}/ imports only ${may.join(', ')}`, () => {
      const wrong: string[] = []
      for (const file of sourcesOf(path.join(root, layer))) {
        for (const specifier of importsOf(readFileSync(file, 'utf8')).specifiers) {
          const target = layerOf(specifier, file)
          if (target && !may.includes(target)) wrong.push(`${path.relative(root, file)} → ${specifier}`)
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('components/ import only the browser-safe parts of core (schema, paths)', () => {
    const wrong = sourcesOf(path.join(root, 'components')).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .specifiers.filter((s) => layerOf(s, file) === 'core' && !/core\/(schema|paths)\b/.test(s))
        .map((s) => `${path.relative(root, file)} → ${s}`),
    )
    expect(wrong).toEqual([])
  })

  it('loads no module by a computed path (but the embedded PostgreSQL package of this platform, and the search page’s Pagefind)', () => {
    const computed = Object.keys(allowed).flatMap((layer) =>
      sourcesOf(path.join(root, layer)).flatMap((file) =>
        importsOf(readFileSync(file, 'utf8')).computed.map((expr) => `${path.relative(root, file)}: import(${expr})`),
      ),
    )
    // The search page loads Pagefind from the built site's /pagefind/ (a URL, not a module of this repo).
    expect(computed).toEqual([
      'core/db/index.ts: import(name)',
      'site/assets/search.js: import(/* @vite-ignore */ PAGEFIND)',
    ])
  })

  it('sees an upward import when there is one', () => {
    const file = path.join(root, 'core', 'x.ts')
    const { specifiers } = importsOf(
      `import { a } from '../site/publish'\nconst b = await import('../cms/lib/payload')`,
    )
    expect(specifiers.map((s) => layerOf(s, file))).toEqual(['site', 'cms'])
    expect(importsOf('const m = await import(`../${name}`)').computed).toEqual(['`../${name}`'])
  })
})
