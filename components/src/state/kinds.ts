/** Enumerations shared with cms/schema (kept identical; see tests/unit/components-schema.test.ts). */
export const sectionKinds = [
  'values',
  'membership',
  'roles',
  'decisions',
  'conflict',
  'communication',
  'amendments',
  'custom',
] as const
export type SectionKind = (typeof sectionKinds)[number]
export const stepIds = ['start', 'community', 'sections', 'review', 'publish', 'done'] as const
export type StepId = (typeof stepIds)[number]
