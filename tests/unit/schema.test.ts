import { describe, expect, it } from 'vitest'
import { CreateFlowState, RuleDocument } from '@communityrule/core/schema'
import { OtpVerifyBody } from '@communityrule/core/schema/api'
import { seedTemplates } from '../../cms/seed/templates'

const section = { id: 'how-we-decide', kind: 'decisions', title: 'How we decide', body: 'We talk, then we decide.' }

describe('RuleDocument', () => {
  it('accepts a complete document', () => {
    expect(RuleDocument.safeParse({ title: 'Garden co-op', sections: [section] }).success).toBe(true)
  })

  it('names the field that is wrong', () => {
    const result = RuleDocument.safeParse({ title: '', sections: [{ ...section, id: 'Not OK!' }] })
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['title', 'sections.0.id']))
  })

  it('enforces the limits of the spec', () => {
    expect(RuleDocument.safeParse({ title: 'x'.repeat(121), sections: [section] }).success).toBe(false)
    expect(RuleDocument.safeParse({ title: 'ok', sections: [] }).success).toBe(false)
    expect(
      RuleDocument.safeParse({
        title: 'ok',
        sections: Array.from({ length: 41 }, (_, i) => ({ ...section, id: `s${i}` })),
      }).success,
    ).toBe(false)
    expect(RuleDocument.safeParse({ title: 'ok', sections: [{ ...section, body: 'x'.repeat(10_001) }] }).success).toBe(
      false,
    )
  })

  it('validates every seed template', () => {
    expect(seedTemplates.length).toBeGreaterThanOrEqual(12)
    for (const template of seedTemplates) {
      const result = RuleDocument.safeParse(template.document)
      expect(result.success, `${template.slug}: ${result.error?.message}`).toBe(true)
    }
  })
})

describe('CreateFlowState', () => {
  it('allows a half-written draft', () => {
    const state = {
      step: 'sections',
      document: { title: 'Draft', sections: [{ id: 'a', kind: 'values' }] },
      updatedAt: new Date().toISOString(),
    }
    expect(CreateFlowState.safeParse(state).success).toBe(true)
  })
  it('rejects an unknown step', () => {
    expect(
      CreateFlowState.safeParse({ step: 'teleport', document: {}, updatedAt: new Date().toISOString() }).success,
    ).toBe(false)
  })
})

describe('OtpVerifyBody', () => {
  it('normalises the email and requires six digits', () => {
    expect(OtpVerifyBody.parse({ email: '  Ada@Example.ORG ', code: '004217' })).toEqual({
      email: 'ada@example.org',
      code: '004217',
    })
    expect(OtpVerifyBody.safeParse({ email: 'ada@example.org', code: '12345' }).success).toBe(false)
  })
})
