/**
 * Bundles the browser JavaScript with esbuild (ES modules, code splitting), one entry per page type:
 *   dist/create.js        /create/: the create flow (later steps are chunks loaded when reached)
 *   dist/sign-in.js       /sign-in/
 *   dist/account.js       /account/: session nav + account
 *   dist/cr.js            one-script-tag embedding (docs/embedding.md): the create flow, and every
 *                         other element downloaded when the page first uses it
 *   dist/vitals.js        the web-vitals beacon, on every page
 *   dist/rule-actions.js  the rule page's copy/print enhancement (site/assets/rule-actions.js)
 *   dist/search.js        the search page's results (site/assets/search.js; Pagefind itself comes from
 *                         the site's own /pagefind/ when a search runs)
 *   dist/chunks/*.js      code shared between entries, and the parts imported on demand; imported
 *                         relative to the importing file, so they must sit beside the entries
 *   dist/manifest.json    each entry's static imports (site/render.ts adds modulepreload links)
 * Then prints each page type's JavaScript (budget.mjs) and exits non-zero when one is over budget.
 */
import { build } from 'esbuild'
import { minifyHTMLLiterals } from 'minify-literals'
import { readFile } from 'node:fs/promises'
import { entryManifest, formatWeights, pageWeights } from './budget.mjs'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const here = import.meta.dirname
const root = path.resolve(here, '..')
export const entries = {
  create: path.join(here, 'src', 'entries', 'create.ts'),
  'sign-in': path.join(here, 'src', 'entries', 'sign-in.ts'),
  account: path.join(here, 'src', 'entries', 'account.ts'),
  cr: path.join(here, 'src', 'index.ts'),
  vitals: path.join(here, 'src', 'vitals-beacon.ts'),
  'rule-actions': path.join(root, 'site', 'assets', 'rule-actions.js'),
  search: path.join(root, 'site', 'assets', 'search.js'),
}

/**
 * esbuild minifies code but leaves template text alone: minify-literals minifies the HTML and CSS
 * inside Lit's `html` and `css` tagged templates (whitespace that matters between inline elements is
 * kept) in every component source file.
 */
const minifyLitTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /components[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const minified = await minifyHTMLLiterals(source, { fileName: args.path })
      return { contents: minified?.code ?? source, loader: 'ts' }
    })
  },
}

/** Builds into `outdir` (default components/dist) and returns esbuild's metafile. */
export async function bundleComponents({ outdir = path.join(here, 'dist') } = {}) {
  const { metafile } = await build({
    entryPoints: entries,
    outdir,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    target: 'es2022',
    minify: true,
    // Maps are written for debugging but not published, so no `//# sourceMappingURL` comment: in
    // nine small files those comments alone cost ~0.3 KB gzip of the create page's budget.
    sourcemap: 'external',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    metafile: true,
    plugins: [minifyLitTemplates],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: false } },
  })
  writeFileSync(
    path.join(outdir, 'manifest.json'),
    JSON.stringify(entryManifest(metafile, { root, outdir, entries: Object.keys(entries) }), null, 2) + '\n',
  )
  // Chunks of earlier builds have other hashes: drop them so the site publishes only current ones.
  const current = new Set(Object.keys(metafile.outputs).map((key) => path.resolve(root, key)))
  const chunkDir = path.join(outdir, 'chunks')
  for (const name of readdirSync(chunkDir)) {
    const file = path.join(chunkDir, name)
    if (!current.has(file.replace(/\.map$/, ''))) rmSync(file, { force: true })
  }
  return metafile
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = path.join(here, 'dist')
  const weights = pageWeights(await bundleComponents({ outdir }), { root, outdir })
  for (const line of formatWeights(weights)) console.log(`components: ${line}`)
  const over = Object.entries(weights).filter(([, w]) => w.overBudget)
  if (over.length) {
    console.error(
      `components: over budget: ${over.map(([name]) => name).join(', ')} (budgets in components/budget.mjs)`,
    )
    process.exitCode = 1
  }
}
