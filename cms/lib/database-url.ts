/**
 * The one place that says which database to use. `core/db/index.ts` sets DATABASE_URL to the embedded
 * PostgreSQL before Payload is imported when the operator did not set one.
 */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the product with `npm start` (it starts an embedded PostgreSQL) or set DATABASE_URL.',
    )
  }
  return url
}
