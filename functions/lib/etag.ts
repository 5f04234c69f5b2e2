import { createHash } from 'node:crypto'
import type { Request, Response } from 'express'

/**
 * Sends JSON with a strong ETag; answers 304 when the client's If-None-Match matches.
 * Hashing the serialised body keeps the tag honest whatever changed underneath.
 */
export function sendWithEtag(req: Request, res: Response, body: unknown, cacheControl: string): void {
  const json = JSON.stringify(body)
  sendJsonWithEtag(req, res, { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` }, cacheControl)
}

/** Same, for a body already serialised with its ETag (see services/version-cache.ts). */
export function sendJsonWithEtag(
  req: Request,
  res: Response,
  { json, etag }: { json: string; etag: string },
  cacheControl: string,
): void {
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', cacheControl)
  const ifNoneMatch = req.get('if-none-match')
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end()
    return
  }
  res.type('application/json').send(json)
}
