import { Router } from 'express'
import { z } from 'zod'
import { templateCategories } from '../../cms/schema'
import type { AppContext } from '../context'
import { sendWithEtag } from '../lib/etag'
import { notFound } from '../lib/http-error'
import { validateQuery } from '../middleware/validate'
import { findPublishedTemplate, listPublishedTemplates } from '../services/templates'

const CACHE = 'public, max-age=60'
const ListQuery = z.object({ category: z.enum(templateCategories).optional() })

export function templatesRouter({ payload }: AppContext): Router {
  const router = Router()

  router.get('/', validateQuery(ListQuery), async (req, res) => {
    const { category } = res.locals.query as z.infer<typeof ListQuery>
    const templates = await listPublishedTemplates(payload, category)
    sendWithEtag(req, res, { templates }, CACHE)
  })

  router.get('/:slug', async (req, res) => {
    const template = await findPublishedTemplate(payload, req.params.slug)
    if (!template) throw notFound('No published template has that slug.')
    sendWithEtag(req, res, { template }, CACHE)
  })

  return router
}
