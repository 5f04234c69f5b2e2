/**
 * `npm run build`: everything production runs, built ahead of time, so that `npm run start:prod`
 * (node dist/start.mjs) needs neither TypeScript nor a dev dependency:
 *
 * - components: the web components and the site's own scripts (components/build.mjs → components/dist);
 * - admin: the Payload admin's `next build` (scripts/build-admin.ts; skipped when cms/ and
 *   package-lock.json are unchanged since the last build, `--force` rebuilds it);
 * - server: the compiled server (scripts/build-server.mjs → dist/).
 *
 * The site's pages come from the database, so they are built when the server starts, not here.
 */
import { adminIsCurrent, buildAdmin } from './build-admin'
import { log, stage } from '@communityrule/core/progress'
import { run } from './run'

await stage('components', 'bundling the web components and site scripts', () =>
  run(process.execPath, ['components/build.mjs']),
)
if (!process.argv.includes('--force') && adminIsCurrent()) {
  log('admin', 'up to date (cms/ and package-lock.json unchanged since the last build; --force to rebuild)')
} else {
  await stage('admin', 'building the CMS admin (next build, about a minute)', buildAdmin)
}
await stage('server', 'compiling the server (dist/)', () => run(process.execPath, ['scripts/build-server.mjs']))
log('build', 'done: `npm run start:prod` runs it')
