/**
 * The seeded methods library (issue 13): at least 150 methods across every group, each accepted by
 * the shared schema with every structured field written, slugs unique, the 48 building blocks of
 * earlier rules still there under their ids, related methods that exist, and no copy-paste prose.
 */
import { describe, expect, it } from 'vitest'
import { Method } from '@communityrule/core/schema/methods'
import { methodFields, methodGroups } from '@communityrule/core/schema/method-fields'
import { moduleCatalogue } from '@communityrule/core/schema/modules'
import { seedMethods } from '../../cms/seed/methods'

const methods = seedMethods
const bySlug = new Map(methods.map((method) => [method.slug, method]))

describe('the methods library seed', () => {
  it('has at least 150 methods, in every group', () => {
    expect(methods.length).toBeGreaterThanOrEqual(150)
    for (const group of methodGroups) expect(methods.filter((m) => m.group === group).length, group).toBeGreaterThan(0)
  })

  it('every method passes the shared schema, with every structured field of its group written', () => {
    for (const method of methods) {
      const result = Method.safeParse(method)
      expect(
        result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        method.slug,
      ).toEqual([])
      expect(Object.keys(method.details).sort(), method.slug).toEqual(methodFields[method.group].map(([n]) => n).sort())
    }
  })

  it('has unique slugs, and keeps every building block of templates and earlier rules under its id, group and name', () => {
    expect(bySlug.size).toBe(methods.length)
    for (const [group, modules] of Object.entries(moduleCatalogue)) {
      for (const module of modules) {
        expect(bySlug.get(module.id)?.group, module.id).toBe(group)
        expect(bySlug.get(module.id)?.name, module.id).toBe(module.name)
      }
    }
  })

  it('relates only to methods that exist, never to itself', () => {
    for (const method of methods) {
      for (const slug of method.related) {
        expect(bySlug.has(slug), `${method.slug} → ${slug}`).toBe(true)
        expect(slug, method.slug).not.toBe(method.slug)
      }
    }
  })

  it('writes each method in its own words: no two methods share a field text or a summary', () => {
    const seen = new Map<string, string>()
    for (const method of methods) {
      for (const text of [method.summary, ...Object.values<string>(method.details)]) {
        const key = text.trim().toLowerCase()
        expect(seen.get(key), `${method.slug} repeats ${seen.get(key)}: "${text.slice(0, 60)}…"`).toBeUndefined()
        seen.set(key, method.slug)
      }
    }
  })
})
