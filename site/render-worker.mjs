// Entry of the rule-page workers: a worker thread does not inherit the TypeScript loader that
// `npx tsx` registered on the main thread, so register tsx's here, then load the worker itself.
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
