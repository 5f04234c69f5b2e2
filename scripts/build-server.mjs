/**
 * The compiled server (`npm run build:server`, part of `npm run build`): esbuild bundles of the
 * production entry points in dist/, run with plain `node` — no TypeScript loader, no dev dependency.
 *
 *   dist/start.mjs          scripts/prod/start.ts       `npm run start:prod`, the Docker CMD: the whole product
 *   dist/server.mjs         scripts/prod/server.ts      the BFF alone (`npm run bench`)
 *   dist/migrate.mjs        scripts/prod/migrate.ts     apply pending migrations (the release step)
 *   dist/build-site.mjs     scripts/prod/build-site.ts  full static site build
 *   dist/render-worker.mjs  site/render-worker.ts       a rule-page worker thread (site/rule-pool.ts)
 *
 * Code splitting: what entries share goes to dist/chunk-*.mjs, and a dynamic import stays lazy (the
 * site build, with Eleventy, loads when the first build runs, not when the BFF starts).
 *
 * npm packages are not bundled: they are imported from node_modules at run time, as node would
 * resolve them from the importing source file (a package installed beside a workspace, not hoisted,
 * is imported by its path). Every one must be a production dependency in package-lock.json, so
 * what builds here also starts after `npm ci --omit=dev`; the build fails otherwise.
 *
 * Bundled modules keep their source location: `import.meta.dirname` and `import.meta.filename` in
 * our code become the source file's folder and path, resolved at run time from the bundle (so the
 * tree can move, with dist/ at its root), as webpack does for the Next admin. site/render.ts still
 * finds its templates, and a `process.argv[1] === import.meta.filename` script check is never true
 * inside a bundle. `import.meta.url` is left alone: it names the bundle file, which is how
 * site/rule-pool.ts finds dist/render-worker.mjs.
 */
import { build } from 'esbuild'
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isBuiltin } from 'node:module'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const outdir = path.join(root, 'dist')
const relative = (file) => path.relative(root, file)
const fromOutdir = (file) => path.relative(outdir, file).split(path.sep).join('/')

const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js|mjs)$/ }, async (args) => {
      if (args.path.split(path.sep).includes('node_modules')) return undefined
      const source = await readFile(args.path, 'utf8')
      if (!/import\.meta\.(dirname|filename)/.test(source)) return undefined
      const at = (target) => `__crSourcePath(import.meta.dirname, ${JSON.stringify(fromOutdir(target))})`
      const contents =
        source
          .replaceAll('import.meta.dirname', at(path.dirname(args.path)))
          .replaceAll('import.meta.filename', at(args.path)) +
        // Appended (imports are hoisted) so that source maps keep their line numbers.
        `\nimport { join as __crSourcePath } from 'node:path'\n`
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' }
    })
  },
}

/** Lock file path of every package the bundles import (`node_modules/x`, `functions/node_modules/x`) → who imports it. */
const imported = new Map()
const SKIP = Symbol('resolve normally')
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

/** Where node finds `name` from `dir`: the nearest node_modules/<name> up to the repository root. */
function packageDir(name, dir) {
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (dir === root || path.dirname(dir) === dir) return undefined
    dir = path.dirname(dir)
  }
}

const nodeModules = {
  name: 'node-modules',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === SKIP) return undefined
      if (isBuiltin(args.path)) return { path: args.path, external: true }
      const name = packageName(args.path)
      const dir = packageDir(name, args.resolveDir)
      if (!dir) return { errors: [{ text: `${args.path} is not installed (run npm ci)` }] }
      // A workspace package (@communityrule/core) is our own TypeScript source: bundled, like a relative import.
      if (!realpathSync(dir).split(path.sep).includes('node_modules')) return undefined
      imported.set(relative(dir), `${name} (${relative(args.importer)})`)
      if (dir === path.join(root, 'node_modules', name)) return { path: args.path, external: true }
      // Not hoisted (e.g. functions/node_modules/pino-http): dist/ would not find it by name.
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: SKIP,
      })
      if (resolved.errors.length) return { errors: resolved.errors }
      return { path: fromOutdir(resolved.path), external: true }
    })
  },
}

rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: {
    start: 'scripts/prod/start.ts',
    server: 'scripts/prod/server.ts',
    migrate: 'scripts/prod/migrate.ts',
    'build-site': 'scripts/prod/build-site.ts',
    'render-worker': 'site/render-worker.ts',
  },
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  plugins: [sourceLocation, nodeModules],
  logLevel: 'warning',
})

// Production dependencies only: `npm ci --omit=dev` leaves out what package-lock.json marks `dev`.
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
const notProduction = [...imported].filter(
  ([key]) => !lock.packages[key] || lock.packages[key].dev || lock.packages[key].devOptional,
)
if (notProduction.length) {
  console.error(`server: these imports are not production dependencies (missing after npm ci --omit=dev):`)
  for (const [key, by] of notProduction) console.error(`  ${key}: ${by}`)
  process.exit(1)
}
console.log(`server: dist/ built (${imported.size} packages from node_modules, all production dependencies)`)
