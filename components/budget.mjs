/**
 * Page JavaScript budgets (SPEC §6) and the weight of each page type, computed from esbuild's
 * metafile. Used by build.mjs (prints the figures, fails the build over budget) and by
 * tests/unit/components-budget.test.ts; tests/e2e/page-weight.e2e.ts checks the same budgets
 * against what Chromium really downloads.
 *
 * A page's *initial* JS is its entry scripts and everything they import statically (the browser
 * fetches all of it before anything runs). Its *first view* adds the chunks the page imports
 * dynamically as soon as it renders for a first-time visitor (the create flow's start step shows the
 * template picker). Its *full journey* adds every chunk it can import dynamically (every step of the
 * create flow). Sizes are gzip at zlib's default level (what a server compressing on the fly sends),
 * in bytes; 1 KB = 1,024 B.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const KB = 1024
/** Everything /create/ downloads on a first visit: create flow, its start step, web-vitals beacon. */
export const CREATE_PAGE_BUDGET = 30 * KB
/** A published rule page: the web-vitals beacon and the copy/print enhancement. */
export const RULE_PAGE_BUDGET = 3 * KB
/** `components/cr.js` on a third-party page showing `<cr-create-flow>` (docs/embedding.md). */
export const EMBED_BUDGET = 30 * KB
/** The search page's own script; Pagefind's (~10 KB gz, and its index) load when a search runs. */
export const SEARCH_PAGE_BUDGET = 5 * KB

/**
 * The page types. `entries` are esbuild entry names (dist/<name>.js) in the order the page's
 * script tags load them; `firstView` lists modules the page imports dynamically at once.
 */
export const pages = {
  create: {
    label: '/create/',
    entries: ['create', 'vitals'],
    firstView: ['components/src/cr-template-picker.ts'],
    budget: CREATE_PAGE_BUDGET,
  },
  'sign-in': { label: '/sign-in/', entries: ['sign-in', 'vitals'], firstView: [] },
  account: { label: '/account/', entries: ['account', 'vitals'], firstView: [] },
  rule: { label: 'rule page', entries: ['vitals', 'rule-actions'], firstView: [], budget: RULE_PAGE_BUDGET },
  content: { label: 'home and content pages', entries: ['vitals'], firstView: [] },
  search: {
    label: 'search page (then Pagefind)',
    entries: ['vitals', 'search'],
    firstView: [],
    budget: SEARCH_PAGE_BUDGET,
  },
  embed: {
    label: 'embed (cr.js + <cr-create-flow>)',
    entries: ['cr'],
    firstView: ['components/src/cr-template-picker.ts'],
    budget: EMBED_BUDGET,
  },
}

export const gzipBytes = (buffer) => gzipSync(buffer).length

/** A short name for a chunk: the module it was split at, else its largest inputs. */
function describe(output) {
  if (output.entryPoint) return path.basename(output.entryPoint).replace(/\.[mc]?[jt]s$/, '')
  const parts = new Map()
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]
    const name = pkg ?? path.basename(input).replace(/\.[mc]?[jt]s$/, '')
    parts.set(name, (parts.get(name) ?? 0) + bytesInOutput)
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name]) => name)
    .join(', ')
}

/**
 * Weighs every page type. `metafile` is esbuild's (paths relative to `root`), `outdir` the build's
 * output directory; file sizes are read from disk.
 */
export function pageWeights(metafile, { root, outdir }) {
  const outputs = metafile.outputs
  const rel = (file) => path.relative(root, file).split(path.sep).join('/')
  const sizes = new Map()
  const gz = (key) => {
    if (!sizes.has(key)) sizes.set(key, gzipBytes(readFileSync(path.join(root, key))))
    return sizes.get(key)
  }
  const file = (key) => ({
    file: path.relative(outdir, path.join(root, key)).split(path.sep).join('/'),
    what: describe(outputs[key]),
    gzip: gz(key),
  })
  /** `keys` and their static imports, minus `seen` (which is extended). */
  const closure = (keys, seen) => {
    const found = []
    const stack = [...keys]
    while (stack.length) {
      const key = stack.shift()
      if (seen.has(key)) continue
      seen.add(key)
      found.push(key)
      for (const imp of outputs[key].imports) if (imp.kind === 'import-statement' && !imp.external) stack.push(imp.path)
    }
    return found
  }
  const dynamicTargets = (keys) =>
    keys.flatMap((key) => outputs[key].imports.filter((imp) => imp.kind === 'dynamic-import').map((imp) => imp.path))
  const sum = (list) => list.reduce((total, item) => total + item.gzip, 0)

  const result = {}
  for (const [name, page] of Object.entries(pages)) {
    const seen = new Set()
    const initial = closure(
      page.entries.map((entry) => rel(path.join(outdir, `${entry}.js`))),
      seen,
    )
    const firstViewKeys = []
    const lazy = []
    let frontier = initial
    while (frontier.length) {
      const next = []
      for (const target of dynamicTargets(frontier)) {
        if (seen.has(target)) continue
        const chunks = closure([target], seen)
        const group = { module: outputs[target].entryPoint, files: chunks.map(file) }
        if (page.firstView.includes(group.module)) firstViewKeys.push(...chunks)
        else lazy.push(group)
        next.push(...chunks)
      }
      frontier = next
    }
    const initialFiles = initial.map(file)
    const firstView = firstViewKeys.map(file)
    const initialGzip = sum(initialFiles)
    const firstViewGzip = initialGzip + sum(firstView)
    const journeyGzip = firstViewGzip + lazy.reduce((total, group) => total + sum(group.files), 0)
    result[name] = {
      label: page.label,
      entries: page.entries,
      budget: page.budget,
      initial: initialFiles,
      firstView,
      lazy: lazy.map((group) => ({ ...group, gzip: sum(group.files) })),
      initialGzip,
      firstViewGzip,
      journeyGzip,
      overBudget: page.budget !== undefined && firstViewGzip > page.budget,
    }
  }
  return result
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`

/** The figures as lines for the build log (and bench/run.ts, which parses the `page` lines). */
export function formatWeights(weights) {
  const lines = []
  for (const [name, w] of Object.entries(weights)) {
    const budget = w.budget === undefined ? '' : ` (budget ${kb(w.budget)}${w.overBudget ? ', OVER' : ''})`
    const view = w.firstView.length ? `, first view ${kb(w.firstViewGzip)}` : ''
    lines.push(
      `page ${name}: initial ${kb(w.initialGzip)}${view}${budget}, full journey ${kb(w.journeyGzip)} gzip — ${w.label}`,
    )
    lines.push(`  initial: ${w.initial.map((f) => `${f.file} ${kb(f.gzip)} [${f.what}]`).join(' + ')}`)
    if (w.firstView.length)
      lines.push(`  first view: + ${w.firstView.map((f) => `${f.file} ${kb(f.gzip)} [${f.what}]`).join(' + ')}`)
    for (const group of w.lazy)
      lines.push(
        `  on demand: ${path.basename(group.module ?? '?')} ${kb(group.gzip)} (${group.files.map((f) => f.file).join(', ')})`,
      )
  }
  return lines
}

/** Static imports of each entry (for `<link rel="modulepreload">`), never its dynamic chunks. */
export function entryManifest(metafile, { root, outdir, entries }) {
  const outputs = metafile.outputs
  const manifest = {}
  for (const entry of entries) {
    const key = path
      .relative(root, path.join(outdir, `${entry}.js`))
      .split(path.sep)
      .join('/')
    const seen = new Set([key])
    const stack = [key]
    const imports = []
    while (stack.length) {
      for (const imp of outputs[stack.shift()].imports) {
        if (imp.kind !== 'import-statement' || imp.external || seen.has(imp.path)) continue
        seen.add(imp.path)
        stack.push(imp.path)
        imports.push(path.relative(outdir, path.join(root, imp.path)).split(path.sep).join('/'))
      }
    }
    manifest[entry] = { file: `${entry}.js`, imports }
  }
  return manifest
}
