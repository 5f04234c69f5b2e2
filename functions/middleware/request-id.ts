import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'

const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** Echoes a sane client-sent x-request-id or makes one; every response and log line carries it. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id')
  const id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID()
  req.id = id
  res.setHeader('x-request-id', id)
  next()
}
