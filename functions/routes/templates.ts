import { Router } from 'express'
import { z } from 'zod'
import { templateCategories, type TemplateCategory } from '@communityrule/core/schema'
import type { AppContext } from '../context'
import { sendJsonWithEtag, sendWithEtag } from '../lib/etag'
import { notFound } from '../lib/http-error'
import { validateQuery } from '../middleware/validate'
import { cachedByVersion } from '../services/template-cache'
import { findPublishedTemplate, listPublishedTemplates } from '../services/templates'

const CACHE = 'public, max-age=60'
const ListQuery = z.object({ category: z.enum(templateCategories).optional() })

export function templatesRouter({ payload }: AppContext): Router {
  const router = Router()
  const templateList = cachedByVersion(async (category) => ({
    templates: await listPublishedTemplates(payload, (category || undefined) as TemplateCategory | undefined),
  }))

  router.get('/', validateQuery(ListQuery), async (req, res) => {
    const { category } = res.locals.query as z.infer<typeof ListQuery>
    sendJsonWithEtag(req, res, await templateList(payload, category ?? ''), CACHE)
  })

  router.get('/:slug', async (req, res) => {
    const template = await findPublishedTemplate(payload, req.params.slug)
    if (!template) throw notFound('No published template has that slug.')
    sendWithEtag(req, res, { template }, CACHE)
  })

  return router
}
