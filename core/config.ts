/**
 * The one configuration of CommunityRule: every variable the CMS, the BFF, the site build and the
 * scripts read, parsed by one zod schema. Nothing else reads `process.env` (test harnesses aside);
 * code asks `config()`, or receives the parsed value (the BFF keeps it in its context).
 *
 * Two strengths:
 * - `config()`: the current environment with defaults, never throws for a missing secret — what
 *   modules read when they load (the admin's `next build` imports the Payload config with no secrets).
 * - `parseServerConfig()`: what a server checks before anything starts: DATABASE_URL, and in
 *   production the secrets and SMTP_URL; each bad value gets its own line in the error.
 * Development defaults need no variable at all.
 */
import { z } from 'zod'

const csv = z
  .string()
  .optional()
  .transform((value) =>
    value
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [],
  )
/** "true"/"false" (also 1/0); unset or empty → the default. */
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === 'true' || value === '1'))

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  /** Unset: `npm start` starts an embedded PostgreSQL and sets it (core/db). */
  DATABASE_URL: z.string().min(1).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  SESSION_SECRET: z.string().optional(),
  PAYLOAD_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('CommunityRule <no-reply@communityrule.localhost>'),
  CORS_ORIGINS: csv,
  REDIS_URL: z.string().optional(),
  METRICS_TOKEN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Internal URL of the Payload Next app (admin UI + /cms-api) that the BFF proxies to. */
  CMS_INTERNAL_URL: z.url().optional(),
  /** Where the static site is written (default site/_site). */
  SITE_DIR: z.string().optional(),
  /** Rule-page worker threads of a full build (default: cores − 1). */
  SITE_RENDER_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** Sign-in code lifetime; tests shorten it. */
  OTP_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(600),
  /** Whether this process runs queued jobs on Payload's cron (API-only instances set false). */
  CR_JOBS_AUTORUN: flag(true),
  /** Whether a publish kicks the site-build runner at once (else the cron picks it up). */
  CR_SITE_BUILD_KICK: flag(true),
  /** Set by Next in the admin's process: that process never runs site builds. */
  NEXT_RUNTIME: z.string().optional(),
})

export type Config = z.infer<typeof ConfigSchema> & { publicUrl: string; production: boolean }

type Source = Record<string, string | undefined>

function withDerived(parsed: z.infer<typeof ConfigSchema>): Config {
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, '')
  return { ...parsed, publicUrl, production: parsed.NODE_ENV === 'production' }
}

function explain(issues: Array<{ path: PropertyKey[]; message: string }>): Error {
  return new Error(`Invalid environment:\n${issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`)
}

/** The configuration as it is now (defaults applied). Throws only for a malformed value. */
export function config(source: Source = process.env): Config {
  const result = ConfigSchema.safeParse(source)
  if (!result.success) throw explain(result.error.issues)
  return withDerived(result.data)
}

/**
 * What a server requires before it starts; throws one message listing every problem. `overrides`
 * win over the environment (tests, the internal admin URL); `npm start` checks before it starts the
 * embedded database, so it does not require DATABASE_URL yet.
 */
export function parseServerConfig({
  source = process.env,
  overrides = {},
  requireDatabaseUrl = true,
}: { source?: Source; overrides?: Source; requireDatabaseUrl?: boolean } = {}): Config {
  const result = ConfigSchema.safeParse({ ...source, ...overrides })
  const issues: Array<{ path: PropertyKey[]; message: string }> = result.success ? [] : [...result.error.issues]
  const env = result.success ? result.data : undefined
  if (env) {
    if (requireDatabaseUrl && !env.DATABASE_URL)
      issues.push({ path: ['DATABASE_URL'], message: 'is required (postgres://user:password@host:5432/database)' })
    if (env.NODE_ENV === 'production') {
      if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)
        issues.push({ path: ['SESSION_SECRET'], message: 'must be at least 32 characters in production' })
      if (!env.PAYLOAD_SECRET || env.PAYLOAD_SECRET.length < 32)
        issues.push({ path: ['PAYLOAD_SECRET'], message: 'must be at least 32 characters in production' })
      // Without SMTP the codes are written to the server log, which is for development only.
      if (!env.SMTP_URL)
        issues.push({
          path: ['SMTP_URL'],
          message:
            'is required in production (e.g. smtp://user:pass@smtp.example.org:587): without it sign-in codes are only written to the server log',
        })
    }
  }
  if (issues.length || !env) throw explain(issues)
  return withDerived(env)
}

/** The database to use; `npm start` sets DATABASE_URL to the embedded PostgreSQL before Payload loads. */
export function databaseUrl(): string {
  const url = config().DATABASE_URL
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the product with `npm start` (it starts an embedded PostgreSQL) or set DATABASE_URL.',
    )
  }
  return url
}
