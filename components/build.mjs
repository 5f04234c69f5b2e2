/**
 * Bundles the Lit elements with esbuild and prints each bundle's gzip size (budget: create flow ≤ 30 KB gz).
 *   dist/cr.js      every element, for our pages and for one-script-tag embedding
 *   dist/vitals.js  the web-vitals beacon, the only JS on content pages (budget ≤ 3 KB gz)
 */
import { build } from 'esbuild'
import { minifyTemplatesPlugin } from './minify-templates.mjs'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import path from 'node:path'

const here = import.meta.dirname
const outdir = path.join(here, 'dist')
const entries = {
  cr: path.join(here, 'src', 'index.ts'),
  vitals: path.join(here, 'src', 'vitals-beacon.ts'),
}

await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [minifyTemplatesPlugin],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: false } },
})

for (const name of Object.keys(entries)) {
  const bytes = readFileSync(path.join(outdir, `${name}.js`))
  const gz = gzipSync(bytes, { level: 9 }).length
  console.log(`components: dist/${name}.js ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`)
}
