/** Plain enumerations (no zod import), cheap for any bundle to import. */
export const sectionKinds = ['values', 'membership', 'roles', 'decisions', 'conflict', 'communication', 'amendments', 'custom'] as const
export type SectionKind = (typeof sectionKinds)[number]

export const templateCategories = ['autocratic', 'oligarchic', 'representative', 'direct', 'decentralised', 'sortition', 'rotational'] as const
export type TemplateCategory = (typeof templateCategories)[number]

export const stepIds = ['start', 'community', 'sections', 'review', 'publish', 'done'] as const
export type StepId = (typeof stepIds)[number]
