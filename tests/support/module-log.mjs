/**
 * Preload for tests/int/production.int.test.ts (`node --import ./tests/support/module-log.mjs dist/start.mjs`):
 * appends every module the process loads to the file in $CR_MODULE_LOG, one URL or path a line —
 * ES modules as they are resolved (a module resolve hook), CommonJS ones from require's cache when
 * the process exits — so the test can show that no TypeScript loader (tsx) was ever loaded.
 */
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'

const log = process.env.CR_MODULE_LOG
if (log) {
  const hooks = `
    import { appendFileSync } from 'node:fs'
    let log
    export function initialize(data) { log = data.log }
    export async function resolve(specifier, context, nextResolve) {
      const result = await nextResolve(specifier, context)
      appendFileSync(log, result.url + '\\n')
      return result
    }`
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { log } })
  const { cache } = createRequire(import.meta.url)
  process.once('exit', () => appendFileSync(log, Object.keys(cache).join('\n') + '\n'))
}
