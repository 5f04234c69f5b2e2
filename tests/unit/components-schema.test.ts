/**
 * The browser bundle validates with a zod/mini copy of cms/schema (classic zod does not fit the
 * 30 KB budget). These properties keep the copy honest: both accept and reject the same values.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as shared from '../../cms/schema'
import * as mini from '../../components/src/state/schema'
import { sectionKinds, stepIds } from '../../components/src/state/kinds'

const str = (max: number) =>
  fc.oneof(fc.string({ maxLength: max + 3 }), fc.constantFrom('', ' ', '  x  ', 'x'.repeat(max), 'x'.repeat(max + 1)))
const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.constantFrom('', 'Bad Id', 'x'.repeat(65)))
const module = fc.record(
  { id, name: str(80), summary: fc.option(str(500), { nil: undefined }) },
  { requiredKeys: ['id', 'name'] },
)
const kind = fc.oneof(fc.constantFrom(...sectionKinds), fc.constant('other'))
const section = fc.record(
  {
    id,
    kind,
    title: str(120),
    body: fc.option(str(200), { nil: undefined }),
    modules: fc.option(fc.array(module, { maxLength: 3 }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'kind'] },
)
const community = fc.record({ name: str(120), description: str(50), size: str(60) }, { requiredKeys: [] })
const doc = fc.record(
  { title: str(120), summary: str(500), community, sections: fc.array(section, { maxLength: 3 }) },
  { requiredKeys: ['sections'] },
)
const draft = fc.record({
  step: fc.oneof(fc.constantFrom(...stepIds), fc.constant('nope')),
  templateSlug: fc.option(str(120), { nil: undefined }),
  document: doc,
  updatedAt: fc.constantFrom(
    '2026-01-01T10:00:00.000Z',
    '2026-01-01T10:00:00+02:00',
    '2026-01-01T10:00Z',
    '2026-01-01T10:00:00.123456-05:30',
    '2026-13-01T00:00:00Z',
    '2026-01-01 10:00:00Z',
    '2026-01-01T10:00:00',
    'yesterday',
  ),
})

describe('zod/mini copy of the shared schema', () => {
  it('RuleDocument: same verdicts', () => {
    fc.assert(
      fc.property(doc, (d) => mini.RuleDocument.safeParse(d).success === shared.RuleDocument.safeParse(d).success),
      { numRuns: 400 },
    )
  })

  it('CreateFlowState: same verdicts', () => {
    fc.assert(
      fc.property(
        draft,
        (d) => mini.CreateFlowState.safeParse(d).success === shared.CreateFlowState.safeParse(d).success,
      ),
      { numRuns: 400 },
    )
  })

  it('email and OTP code: same verdicts and the same normalised value', () => {
    for (const email of ['A@Example.org ', 'no-at', '', 'a@b', `${'x'.repeat(250)}@e.org`, 'x@y.example']) {
      const a = shared.Email.safeParse(email)
      const b = mini.Email.safeParse(email)
      expect(b.success).toBe(a.success)
      if (a.success && b.success) expect(b.data).toBe(a.data)
    }
    for (const code of ['123456', ' 123456 ', '12345', '12345a', '1234567']) {
      expect(mini.OtpCode.safeParse(code).success).toBe(shared.OtpVerifyBody.shape.code.safeParse(code).success)
    }
  })

  it('uses the same enumerations', () => {
    expect(sectionKinds).toEqual(shared.sectionKinds)
    expect(stepIds).toEqual(shared.stepIds)
  })
})
