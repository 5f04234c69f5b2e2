/**
 * pino JSON logs. Secrets never reach a log line: cookies, authorization headers, OTP codes and
 * session tokens are redacted; emails are masked by `maskEmail` before they are logged.
 */
import pino from 'pino'

export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.code',
        '*.token',
        '*.email',
        'code',
        'token',
        'email',
      ],
      censor: '[redacted]',
    },
  })
}

export type Logger = ReturnType<typeof createLogger>

/** "ada@example.org" → "a**@example.org": enough to correlate a report, not enough to harvest. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}${'*'.repeat(Math.max(1, Math.min(local.length - 1, 6)))}@${domain}`
}
