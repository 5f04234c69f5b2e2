/**
 * Configuration checks of the compiled server (dist/*.mjs, scripts/build-server.mjs), run before
 * anything starts. Production needs the operator's PostgreSQL: the embedded one of `npm start` is a
 * dev dependency, which `npm ci --omit=dev` does not install.
 */
import { parseEnv } from '../../functions/env'

/** NODE_ENV defaults to production here; call before Payload or Next are imported (they read it once). */
export function productionDefaults(): void {
  // Object.assign: Next's types declare NODE_ENV read-only.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' })
}

function databaseUrlProblem(): string[] {
  if (process.env.DATABASE_URL) return []
  return [
    '  DATABASE_URL: is required (postgres://user:password@host:5432/database): the compiled server never ' +
      'starts an embedded PostgreSQL; `npm start` does, for development',
  ]
}

function refuse(problems: string[]): never {
  process.stderr.write(`Invalid environment:\n${problems.join('\n')}\n`)
  process.exit(1)
}

/** For one-off commands (migrate, build-site): DATABASE_URL is all they need. */
export function requireDatabaseUrl(): void {
  productionDefaults()
  const problems = databaseUrlProblem()
  if (problems.length) refuse(problems)
}

/** For servers: DATABASE_URL, and everything functions/env.ts requires (secrets and SMTP_URL in production). */
export function requireServerEnv(): void {
  productionDefaults()
  const problems = databaseUrlProblem()
  try {
    parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'checked above' })
  } catch (err) {
    problems.push(...(err as Error).message.split('\n').slice(1))
  }
  if (problems.length) refuse(problems)
}

/** `host:port/database` of a connection string, without the credentials, for logs. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
  } catch {
    return 'DATABASE_URL (not a URL)'
  }
}
