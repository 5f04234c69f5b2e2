import { Router } from 'express'
import { z } from 'zod'
import { templateCategories, type TemplateCategory } from '@communityrule/core/schema'
import type { AppContext } from '../context'
import { sendJsonWithEtag, sendWithEtag } from '../lib/etag'
import { notFound } from '../lib/http-error'
import { validate } from '../middleware/validate'
import { findPublishedTemplate, listPublishedTemplates, templatesVersion } from '@communityrule/core/data/templates'
import { cachedByVersion } from '../services/version-cache'
import { documentRoute, errorResponse, ok } from '../openapi'

const CACHE = 'public, max-age=60'
const ListQuery = z.object({ category: z.enum(templateCategories).optional() })

export function templatesRouter({ payload }: AppContext): Router {
  const router = Router()
  const templateList = cachedByVersion(templatesVersion, async (category) => ({
    templates: await listPublishedTemplates(payload, (category || undefined) as TemplateCategory | undefined),
  }))

  const listInput = validate({ query: ListQuery })
  documentRoute('get', '/api/templates', {
    summary: 'Published templates',
    responses: { 200: ok('{ templates }'), 304: ok('Not modified') },
  })
  router.get('/', listInput, async (req, res) => {
    const { category } = listInput.read(res).query
    sendJsonWithEtag(req, res, await templateList(payload, category ?? ''), CACHE)
  })

  documentRoute('get', '/api/templates/{slug}', {
    summary: 'One published template',
    responses: { 200: ok('{ template }'), 404: errorResponse('Unknown') },
  })
  router.get('/:slug', async (req, res) => {
    const template = await findPublishedTemplate(payload, req.params.slug)
    if (!template) throw notFound('No published template has that slug.')
    sendWithEtag(req, res, { template }, CACHE)
  })

  return router
}
