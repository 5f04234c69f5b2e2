/** Connection-level failures (Postgres down, refused, timed out) as opposed to bad queries. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])

export function isDatabaseDown(err: unknown): boolean {
  for (let current: any = err, depth = 0; current && depth < 5; current = current.cause, depth++) {
    if (CONNECTION_CODES.has(current.code)) return true
    const message = String(current.message ?? '')
    if (
      /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|cannot begin transaction|Client was closed|not queryable|connection error|terminating connection|Query read timeout/i.test(
        message,
      )
    )
      return true
  }
  return false
}
