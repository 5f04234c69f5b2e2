/**
 * The governance methods library (collection `methods`): the one mapping from a stored method to the
 * library's shape (MethodData, as the seed, the API and the site carry it), what the public may see
 * (published methods only), and the seed's upsert.
 */
import type { Payload } from 'payload'
import { methodFields, type MethodData, type MethodGroup } from '../schema/method-fields'
import { parseMethod } from '../schema/methods'
import { slugPattern } from '../schema/constants'
import type { Method as MethodDoc } from './payload-types'
import { dbPool } from './pool'

export type { MethodDoc }

/** A stored method (its `related` populated at least with slugs) as the library's shape; throws when invalid. */
export function toPublicMethod(doc: MethodDoc): MethodData {
  const group = doc.group as MethodGroup
  const details = Object.fromEntries(
    methodFields[group].map(([name]) => [
      name,
      (doc.details as Record<string, string | null> | undefined)?.[name] ?? '',
    ]),
  )
  return parseMethod({
    slug: doc.slug,
    group,
    name: doc.name,
    summary: doc.summary,
    details,
    facets: {
      organisationKinds: doc.facets?.organisationKinds ?? [],
      sizeBands: doc.facets?.sizeBands ?? [],
      maturities: doc.facets?.maturities ?? [],
      scales: doc.facets?.scales ?? [],
    },
    // A related method whose slug is broken (a row written past Payload) is left out, not held against this one.
    related: (doc.related ?? []).flatMap((related) =>
      typeof related === 'object' && related && slugPattern.test(related.slug) ? [related.slug] : [],
    ),
    furtherReading: (doc.furtherReading ?? []).map(({ title, url, note }) => ({
      title,
      ...(url ? { url } : {}),
      ...(note ? { note } : {}),
    })),
  })
}

/** Every published method, by name, with related methods as slugs (public read: no drafts). */
export async function publishedMethodDocs(payload: Payload): Promise<MethodDoc[]> {
  const { docs } = await payload.find({
    collection: 'methods',
    where: { _status: { equals: 'published' } },
    sort: 'name',
    pagination: false,
    depth: 1,
    populate: { methods: { slug: true } },
    overrideAccess: false,
  })
  return docs
}

/**
 * Methods of any status written at or after `since`, shaped as publishedMethodDocs gives them: how
 * the site's build brings its copy of the library up to date without reading all of it.
 */
export async function methodDocsWrittenSince(payload: Payload, since: Date): Promise<MethodDoc[]> {
  const { docs } = await payload.find({
    collection: 'methods',
    where: { updatedAt: { greater_than_equal: since.toISOString() } },
    pagination: false,
    depth: 1,
    populate: { methods: { slug: true } },
    overrideAccess: true,
  })
  return docs
}

/** The ids of the published methods (one indexed query). */
export async function publishedMethodIds(payload: Payload): Promise<string[]> {
  const { rows } = await dbPool(payload).query<{ id: string }>("select id from methods where _status = 'published'")
  return rows.map((row) => String(row.id))
}

export async function hasNoMethods(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'methods', overrideAccess: true })
  return totalDocs === 0
}

/**
 * Adds the seed's methods the library lacks (by slug), published, then links their related methods.
 * Methods already there are left alone: once seeded, the library belongs to its editors.
 */
export async function createMissingMethods(payload: Payload, methods: MethodData[]): Promise<{ created: number }> {
  const { docs } = await payload.find({
    collection: 'methods',
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  const ids = new Map(docs.map((doc) => [doc.slug, doc.id]))
  const missing = methods.filter((method) => !ids.has(method.slug))
  for (const method of missing) {
    const doc = await payload.create({
      collection: 'methods',
      data: {
        slug: method.slug,
        group: method.group,
        name: method.name,
        summary: method.summary,
        details: method.details,
        facets: method.facets,
        furtherReading: method.furtherReading,
        _status: 'published',
      },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
    ids.set(method.slug, doc.id)
  }
  // Related methods may be created after the method that names them: link in a second pass.
  for (const method of missing) {
    const related = method.related.flatMap((slug) => (ids.has(slug) ? [ids.get(slug)!] : []))
    if (!related.length) continue
    await payload.update({
      collection: 'methods',
      id: ids.get(method.slug)!,
      data: { related, _status: 'published' },
      overrideAccess: true,
      context: { disableSiteBuild: true },
    })
  }
  return { created: missing.length }
}

/** Changes whenever a method is added, edited or removed: the methods API reloads then. */
export async function methodsVersion(payload: Payload): Promise<string> {
  const { rows } = await dbPool(payload).query<{ n: string; latest: Date | null }>(
    'select count(*) as n, max(updated_at) as latest from methods',
  )
  return `${rows[0]!.n}:${rows[0]!.latest?.toISOString() ?? '-'}`
}

/**
 * Every published method in the library's shape, by name. One that no longer passes the schema (an
 * old row) is left out rather than failing the whole list.
 */
export async function listPublishedMethods(payload: Payload): Promise<MethodData[]> {
  return (await publishedMethodDocs(payload)).flatMap((doc) => {
    try {
      return [toPublicMethod(doc)]
    } catch (err) {
      payload.logger.warn({ method: doc.slug, err: (err as Error).message }, 'methods: left out an invalid method')
      return []
    }
  })
}
