/**
 * Published rules: publish (idempotent), read by id or slug, keyset-paginated public list, mine.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { PublishRuleBody } from '@communityrule/core/schema/api'
import { paths } from '@communityrule/core/paths'
import { HttpError, notFound } from '../lib/http-error'
import { asAnonymous, asMember, type Member } from '../lib/payload-access'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** "Our Garden Co-op!" → "our-garden-co-op-k3x9qa": readable, and unique thanks to the short id. */
export function slugFor(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const shortId = randomBytes(5).readUIntBE(0, 5).toString(36).padStart(6, '0').slice(-6)
  return `${base || 'rule'}-${shortId}`
}

type RuleDoc = {
  id: string
  slug: string
  title: string
  summary?: string | null
  document: unknown
  sourceTemplate?: string | null
  forkedFrom?: string | null
  publishedAt: string
  builtAt?: string | null
}

export function toPublicRule(doc: RuleDoc) {
  return {
    id: String(doc.id),
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? undefined,
    document: doc.document,
    sourceTemplate: doc.sourceTemplate ?? undefined,
    forkedFrom: doc.forkedFrom ?? undefined,
    publishedAt: new Date(doc.publishedAt).toISOString(),
    url: paths.rule(doc.slug),
    live: Boolean(doc.builtAt),
  }
}

export async function createRule(
  payload: Payload,
  member: Member,
  body: PublishRuleBody,
  req?: Partial<PayloadRequest>,
) {
  const rule = await payload.create({
    collection: 'rules',
    data: {
      title: body.title,
      summary: body.summary,
      document: body.document,
      sourceTemplate: body.sourceTemplate,
      forkedFrom: body.forkedFrom,
      slug: slugFor(body.title),
      owner: member.id,
      publishedAt: new Date().toISOString(),
    },
    depth: 0,
    ...asMember(member),
    req,
  })
  return { id: String(rule.id), slug: rule.slug, url: paths.rule(rule.slug), live: Boolean(rule.builtAt) }
}

export async function findRule(payload: Payload, idOrSlug: string) {
  const { docs } = await payload.find({
    collection: 'rules',
    where: UUID.test(idOrSlug) ? { id: { equals: idOrSlug } } : { slug: { equals: idOrSlug } },
    limit: 1,
    depth: 0,
    ...asAnonymous, // hidden rules are invisible here, so they 404 like unknown ones
  })
  if (!docs[0]) throw notFound('No published rule has that id or slug.')
  return toPublicRule(docs[0] as RuleDoc)
}

// ---- keyset pagination: newest first, (publishedAt, id) as a stable, index-backed order ----

type Cursor = { p: string; i: string }

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

export function decodeCursor(raw: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
    if (
      typeof cursor?.p === 'string' &&
      !Number.isNaN(Date.parse(cursor.p)) &&
      typeof cursor?.i === 'string' &&
      UUID.test(cursor.i)
    )
      return cursor
  } catch {
    // fall through
  }
  throw new HttpError(400, 'invalid_cursor', 'The cursor is not valid. Start again from the first page.')
}

export async function listRules(payload: Payload, { cursor, limit }: { cursor?: string; limit: number }) {
  const after = cursor ? decodeCursor(cursor) : undefined
  const { docs } = await payload.find({
    collection: 'rules',
    where: after
      ? {
          or: [
            { publishedAt: { less_than: after.p } },
            { and: [{ publishedAt: { equals: after.p } }, { id: { less_than: after.i } }] },
          ],
        }
      : {},
    sort: ['-publishedAt', '-id'],
    limit: limit + 1,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, summary: true, publishedAt: true },
    ...asAnonymous,
  })
  const page = docs.slice(0, limit) as unknown as RuleDoc[]
  const last = page.at(-1)
  return {
    items: page.map((doc) => ({
      id: String(doc.id),
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary ?? undefined,
      publishedAt: new Date(doc.publishedAt).toISOString(),
      url: paths.rule(doc.slug),
    })),
    nextCursor:
      docs.length > limit && last
        ? encodeCursor({ p: new Date(last.publishedAt).toISOString(), i: String(last.id) })
        : null,
  }
}

export async function listMyRules(payload: Payload, member: Member) {
  const { docs } = await payload.find({
    collection: 'rules',
    where: { owner: { equals: member.id } },
    sort: '-publishedAt',
    limit: 200,
    depth: 0,
    ...asMember(member),
  })
  return docs.map((doc) => toPublicRule(doc as unknown as RuleDoc))
}

export const requestHash = (body: unknown) => createHash('sha256').update(stableStringify(body)).digest('hex')

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}
