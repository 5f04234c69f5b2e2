/**
 * The governance methods library (issue 13), public: `GET /api/methods` filters by group, text and a
 * community profile (methods made for other communities are left out; the rest are ranked for the
 * profile with the reason, by core/schema/recommend.ts), pages through the result with a cursor, and
 * answers with an ETag; `GET /api/methods/:slug` is one method.
 */
import { Router } from 'express'
import { z } from 'zod'
import { listPublishedMethods, methodsVersion } from '@communityrule/core/data/methods'
import {
  maturities,
  methodGroups,
  organisationKinds,
  scales,
  sizeBands,
  type CommunityProfile,
  type MethodData,
} from '@communityrule/core/schema/method-fields'
import { rankForProfile } from '@communityrule/core/schema/recommend'
import type { AppContext } from '../context'
import { sendWithEtag } from '../lib/etag'
import { HttpError, notFound } from '../lib/http-error'
import { validate } from '../middleware/validate'
import { latestByVersion } from '../services/version-cache'
import { documentRoute, errorResponse, ok } from '../openapi'

const CACHE = 'public, max-age=60'

const ListQuery = z.object({
  group: z.enum(methodGroups).optional(),
  q: z.string().trim().max(100).optional(),
  kind: z.enum(organisationKinds).optional(),
  size: z.enum(sizeBands).optional(),
  maturity: z.enum(maturities).optional(),
  scale: z.enum(scales).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
})

/** Whether a facet leaves the method in: it suits any (empty), or names the profile's value. */
const allows = <T extends string>(list: readonly T[], value: T | undefined) =>
  !value || !list.length || list.includes(value)

function matches(method: MethodData, words: string[], profile: CommunityProfile): boolean {
  const text = `${method.name} ${method.slug} ${method.summary}`.toLowerCase()
  return (
    words.every((word) => text.includes(word)) &&
    allows(method.facets.organisationKinds, profile.organisationKind) &&
    allows(method.facets.sizeBands, profile.sizeBand) &&
    allows(method.facets.maturities, profile.maturity) &&
    allows(method.facets.scales, profile.scale)
  )
}

/** The cursor names the last method of the page: the next page starts after it, in this same order. */
const encodeCursor = (slug: string) => Buffer.from(JSON.stringify({ after: slug })).toString('base64url')
function decodeCursor(raw: string): string {
  try {
    const { after } = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (typeof after === 'string' && after.length <= 81) return after
  } catch {
    // fall through
  }
  throw new HttpError(400, 'invalid_cursor', 'The cursor is not valid. Start again from the first page.')
}

export function methodsRouter({ payload }: AppContext): Router {
  const router = Router()
  const library = latestByVersion(methodsVersion, listPublishedMethods)

  const listInput = validate({ query: ListQuery })
  documentRoute('get', '/api/methods', {
    summary: 'The methods library: filter by group, text and profile (kind, size, maturity, scale), ranked',
    responses: {
      200: ok('{ methods, nextCursor }'),
      304: ok('Not modified'),
      400: errorResponse('Bad query or cursor'),
    },
  })
  router.get('/', listInput, async (req, res) => {
    const { group, q, kind, size, maturity, scale, limit, cursor } = listInput.read(res).query
    const profile: CommunityProfile = { organisationKind: kind, sizeBand: size, maturity, scale }
    const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    const found = (await library(payload)).filter((m) => (!group || m.group === group) && matches(m, words, profile))
    const ranked = rankForProfile(found, profile)
    let start = 0
    if (cursor) {
      const after = decodeCursor(cursor)
      const index = ranked.findIndex((m) => m.slug === after)
      if (index < 0)
        throw new HttpError(400, 'invalid_cursor', 'The cursor is not valid. Start again from the first page.')
      start = index + 1
    }
    const page = ranked.slice(start, start + limit)
    const more = start + limit < ranked.length
    sendWithEtag(req, res, { methods: page, nextCursor: more ? encodeCursor(page.at(-1)!.slug) : null }, CACHE)
  })

  documentRoute('get', '/api/methods/{slug}', {
    summary: 'One published method',
    responses: { 200: ok('{ method }'), 304: ok('Not modified'), 404: errorResponse('Unknown') },
  })
  router.get('/:slug', async (req, res) => {
    const method = (await library(payload)).find((m) => m.slug === req.params.slug)
    if (!method) throw notFound('No published method has that slug.')
    sendWithEtag(req, res, { method }, CACHE)
  })
  return router
}
