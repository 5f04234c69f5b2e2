import { build } from 'esbuild'
import { minifyTemplatesPlugin } from './minify-templates.mjs'
import { gzipSync } from 'node:zlib'
const r = await build({ entryPoints: ['components/src/index.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, metafile: true, legalComments: 'none',
  charset: 'utf8', plugins: [minifyTemplatesPlugin],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: false } } })
const o = Object.values(r.metafile.outputs)[0].inputs
const groups = {}; for (const [k, v] of Object.entries(o)) if (k.includes("zod")) console.log(" ", v.bytesInOutput, k)
for (const [k, v] of Object.entries(o)) { const g = k.includes('zod') ? 'zod' : k.includes('lit') ? 'lit' : k; groups[g] = (groups[g] || 0) + v.bytesInOutput }
for (const [k, v] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(v, k)
console.log('gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length)
