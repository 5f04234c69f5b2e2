import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction: pass the request it receives to every Local API call, so
 * they all commit together or not at all (a thrown error rolls everything back).
 */
export async function inTransaction<T>(
  payload: Payload,
  work: (req: Partial<PayloadRequest>) => Promise<T>,
): Promise<T> {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    const result = await work({ transactionID })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return result
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => {})
    throw err
  }
}
