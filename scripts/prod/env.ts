/**
 * Configuration checks of the compiled server (dist/*.mjs, scripts/build-server.mjs), run before
 * anything starts. Production needs the operator's PostgreSQL: the embedded one of `npm start` is a
 * dev dependency, which `npm ci --omit=dev` does not install.
 */
import { config, parseServerConfig } from '@communityrule/core/config'

const NO_EMBEDDED = 'the compiled server never starts an embedded PostgreSQL; `npm start` does, for development'

/** NODE_ENV defaults to production here; call before Payload or Next are imported (they read it once). */
export function productionDefaults(): void {
  // Object.assign: Next's types declare NODE_ENV read-only.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' })
}

function refuse(message: string): never {
  process.stderr.write(
    `${message.replace('DATABASE_URL: is required', `DATABASE_URL: is required (${NO_EMBEDDED})`)}\n`,
  )
  process.exit(1)
}

/** For one-off commands (migrate, build-site): DATABASE_URL is all they need. */
export function requireDatabaseUrl(): void {
  productionDefaults()
  if (!config().DATABASE_URL) refuse(`Invalid environment:\n  DATABASE_URL: is required`)
}

/** For servers: DATABASE_URL, and in production the secrets and SMTP_URL (core/config.ts). */
export function requireServerEnv(): void {
  productionDefaults()
  try {
    parseServerConfig()
  } catch (err) {
    refuse((err as Error).message)
  }
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
