/** Environment, parsed once at boot by one zod schema. Development defaults need no variable at all. */
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

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.string().min(1),
    SESSION_SECRET: z.string().optional(),
    PAYLOAD_SECRET: z.string().optional(),
    SMTP_URL: z.string().optional(),
    SMTP_FROM: z.string().optional(),
    CORS_ORIGINS: csv,
    REDIS_URL: z.string().optional(),
    METRICS_TOKEN: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Internal URL of the Payload Next app (admin UI + /cms-api) that the BFF proxies to. */
    CMS_INTERNAL_URL: z.url().optional(),
    SITE_DIR: z.string().optional(),
    /** Sign-in code lifetime; tests shorten it. */
    OTP_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(600),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32) {
        ctx.addIssue({
          code: 'custom',
          path: ['SESSION_SECRET'],
          message: 'must be at least 32 characters in production',
        })
      }
      if (!env.PAYLOAD_SECRET || env.PAYLOAD_SECRET.length < 32) {
        ctx.addIssue({
          code: 'custom',
          path: ['PAYLOAD_SECRET'],
          message: 'must be at least 32 characters in production',
        })
      }
      // Without SMTP the codes are written to the server log, which is for development only.
      if (!env.SMTP_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message:
            'is required in production (e.g. smtp://user:pass@smtp.example.org:587): without it sign-in codes are only written to the server log',
        })
      }
    }
  })

export type Env = z.infer<typeof EnvSchema> & { publicUrl: string }

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Invalid environment:\n${problems}`)
  }
  const env = result.data
  return { ...env, publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}` }
}
