/**
 * The door to Payload's Next app: the admin UI (`/admin`, `/_next`) and Payload's own REST and
 * GraphQL API (`/cms-api`). Everything that reaches it has passed the same protections as `/api`
 * (functions/middleware/cms-api-guard.ts): origin check, body limit, rate limits, request id, log.
 */
import type { Express, RequestHandler } from 'express'
import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http'
import { createProxyMiddleware, type Options } from 'http-proxy-middleware'

export const CMS_PATHS = ['/admin', '/cms-api', '/_next']

type ProxiedRequest = IncomingMessage & {
  body?: unknown
  id?: unknown
  log?: { error: (obj: object, msg: string) => void }
}

export function mountCmsProxy(app: Express, target: string, guard: RequestHandler[]): void {
  const common: Options = { target, changeOrigin: false, xfwd: true }
  app.use(CMS_PATHS, ...guard)
  // Payload's API: its answers pass through, except server errors, which get our error contract.
  app.use(
    createProxyMiddleware({
      ...common,
      pathFilter: '/cms-api',
      selfHandleResponse: true,
      on: { proxyReq: forwardBufferedBody, proxyRes: answerFromPayload, error: cmsUnavailable },
    }),
  )
  // The admin UI and its assets stream through untouched.
  app.use(
    createProxyMiddleware({
      ...common,
      pathFilter: ['/admin', '/_next'],
      on: { proxyReq: forwardBufferedBody, error: cmsUnavailable },
    }),
  )
}

/**
 * The guard reads /cms-api bodies itself (to cap their size and to see login attempts); the proxy
 * then sends those exact bytes on, with the request id so Payload's logs and ours line up.
 */
function forwardBufferedBody(proxyReq: ClientRequest, req: ProxiedRequest): void {
  if (typeof req.id === 'string') proxyReq.setHeader('x-request-id', req.id)
  if (!Buffer.isBuffer(req.body)) return
  proxyReq.setHeader('content-length', String(req.body.length))
  proxyReq.removeHeader('transfer-encoding')
  proxyReq.write(req.body)
}

/**
 * Streams Payload's answer to the client. A 5xx is logged and replaced by the error contract: its
 * body may name internals (Payload's 501 "Cannot GET http://127.0.0.1:<internal port>/…" for an
 * endpoint that does not exist, which is a 404 to the client).
 */
function answerFromPayload(proxyRes: IncomingMessage, req: ProxiedRequest, res: ServerResponse): void {
  const status = proxyRes.statusCode ?? 502
  if (status < 500) {
    res.writeHead(status, proxyRes.headers)
    proxyRes.pipe(res)
    return
  }
  proxyRes.resume()
  const missing = status === 501
  if (!missing) req.log?.error({ upstreamStatus: status }, 'Payload answered with a server error')
  const error = missing
    ? { code: 'not_found', message: 'No such CMS endpoint.' }
    : { code: 'internal', message: 'Something went wrong in the CMS. It has been logged.' }
  res.writeHead(missing ? 404 : status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ error: { ...error, requestId: req.id } }))
}

function cmsUnavailable(_err: Error, req: ProxiedRequest, res: ServerResponse | import('node:net').Socket): void {
  const response = res as ServerResponse
  if (!response.headersSent && 'writeHead' in response) response.writeHead(502, { 'content-type': 'application/json' })
  response.end(
    JSON.stringify({
      error: { code: 'cms_unavailable', message: 'The CMS is starting or unavailable.', requestId: req.id },
    }),
  )
}
