// Entry of the rule-page workers when the site build runs from source (tsx: `npm start`, `npm run
// build:site`, tests): a worker thread does not inherit the TypeScript loader that tsx registered on
// the main thread, so register tsx's here, then load the worker itself. The compiled server has its
// own entry, dist/render-worker.mjs (render-worker.ts bundled by scripts/build-server.mjs): no tsx.
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
