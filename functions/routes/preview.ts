/**
 * GET /preview/templates/:id — the admin's "Preview": a template's latest draft rendered exactly as
 * its public page will be, for signed-in editors only (Payload's `payload-token` cookie, which the
 * admin on this same origin sends). HTML, never cached, never indexed.
 */
import { Router, type Response } from 'express'
import { findTemplateDraft, toPublicTemplate } from '@communityrule/core/data/templates'
import { staffFromHeaders } from '@communityrule/core/data/users'
import { paths } from '@communityrule/core/paths'
import { templatePreviewRenderer } from '../../cms/lib/site-preview'
import type { AppContext } from '../context'
import { documentRoute, errorResponse, ok } from '../openapi'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A short page for the cases where there is nothing to preview. */
function refuse(res: Response, status: number, message: string, link?: { href: string; text: string }): void {
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
        `<title>Preview — CommunityRule</title></head><body><main><h1>Preview</h1><p>${escapeHtml(message)}</p>` +
        (link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : '') +
        `</main></body></html>`,
    )
}

export function previewRouter({ payload, logger }: AppContext): Router {
  const router = Router()
  documentRoute('get', '/preview/templates/{id}', {
    summary: "A template's latest draft as its page will look (editors; HTML)",
    responses: {
      200: ok('text/html'),
      401: errorResponse('Not signed in to the admin'),
      404: errorResponse('No such template'),
      422: errorResponse('The draft cannot be published as it is'),
    },
  })
  router.get('/templates/:id', async (req, res) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
    // Payload accepts its cookie only with a same-site Origin or Sec-Fetch-Site (its CSRF rule): pass them on.
    const headers = new Headers()
    for (const name of ['cookie', 'origin', 'sec-fetch-site']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    const editor = await staffFromHeaders(payload, headers)
    if (!editor) {
      return refuse(res, 401, 'Sign in to the admin to preview drafts.', {
        href: `/admin/login?redirect=${encodeURIComponent(req.originalUrl)}`,
        text: 'Sign in',
      })
    }
    const doc = await findTemplateDraft(payload, req.params.id, editor)
    if (!doc) return refuse(res, 404, 'There is no template with that id.')
    let template
    try {
      template = toPublicTemplate(doc)
    } catch (err) {
      // The collection validates on save, so this is an old row; say what is wrong rather than fail.
      return refuse(res, 422, `This draft cannot be shown as a page yet: ${(err as Error).message}`)
    }
    const render = templatePreviewRenderer()
    if (!render) return refuse(res, 503, 'This server does not render pages; preview from the main site.')
    try {
      const html = await render(payload, {
        ...template,
        id: String(doc.id),
        updatedAt: template.updatedAt ?? doc.updatedAt,
      })
      res.status(200).type('html').send(html)
    } catch (err) {
      logger.error({ err, template: doc.id }, 'template preview failed')
      refuse(res, 500, 'The preview could not be rendered; the error is in the server log.', {
        href: paths.template(template.slug),
        text: 'The published page',
      })
    }
  })
  return router
}
