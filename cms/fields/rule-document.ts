import type { Field } from 'payload'
import { RuleDocument } from '@communityrule/core/schema'
import { validateWith } from '../lib/validate-with'

/**
 * A published rule's content (rules, rule-versions): the RuleDocument, validated with the shared
 * schema. Editors read it (`documentView`) and never get a raw JSON editor.
 */
export const ruleDocumentFields: Field[] = [
  { name: 'summary', type: 'textarea', maxLength: 500 },
  {
    name: 'document',
    type: 'json',
    required: true,
    validate: validateWith(RuleDocument),
    admin: { hidden: true },
  },
  {
    name: 'documentView',
    type: 'ui',
    label: 'Content',
    admin: { components: { Field: '/components/RuleDocumentView#RuleDocumentView' } },
  },
]
