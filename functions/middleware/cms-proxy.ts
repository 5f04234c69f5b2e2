import type { Express } from 'express'
import { createProxyMiddleware } from 'http-proxy-middleware'

/** Forwards the Payload admin UI, its assets and Payload's REST/GraphQL to the internal Next app. */
export function mountCmsProxy(app: Express, target: string): void {
  app.use(
    createProxyMiddleware({
      target,
      changeOrigin: false,
      xfwd: true,
      pathFilter: ['/admin', '/cms-api', '/_next'],
      on: {
        error: (_err, _req, res) => {
          const response = res as import('http').ServerResponse
          if (!response.headersSent && 'writeHead' in response) {
            response.writeHead(502, { 'content-type': 'application/json' })
          }
          response.end(JSON.stringify({ error: { code: 'cms_unavailable', message: 'The CMS is starting or unavailable.' } }))
        },
      },
    }),
  )
}
