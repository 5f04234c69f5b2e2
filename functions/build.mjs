/**
 * Bundles the BFF (functions/server.ts and the CMS config it boots) into functions/dist/server.mjs,
 * run with plain `node`: no TypeScript loader in memory, which takes the idle BFF from ~250 MB to
 * ~145 MB RSS (docs/performance.md). npm packages stay external (node_modules is still used).
 * Site builds (Eleventy) load lazily through tsx's runtime API when a build job first runs.
 */
import { build } from 'esbuild'
import path from 'node:path'

const here = import.meta.dirname
await build({
  entryPoints: [path.join(here, 'server.ts')],
  outfile: path.join(here, 'dist', 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})
console.log('functions: dist/server.mjs built')
