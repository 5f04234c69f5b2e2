/**
 * The one place where CommunityRule's data shapes are defined.
 *
 * No Payload (or Node-only) import may appear here: the BFF, the Eleventy build, the CMS and the
 * browser bundle all import this module, and esbuild must be able to bundle it for the browser.
 */
import { z } from 'zod'

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
export const SectionKind = z.enum(sectionKinds)
export type SectionKind = z.infer<typeof SectionKind>

export const templateCategories = [
  'autocratic',
  'oligarchic',
  'representative',
  'direct',
  'decentralised',
  'sortition',
  'rotational',
] as const
export const TemplateCategory = z.enum(templateCategories)
export type TemplateCategory = z.infer<typeof TemplateCategory>

const stableId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes only')

export const Module = z.object({
  id: stableId,
  name: z.string().trim().min(1, 'Give the module a name').max(80),
  summary: z.string().max(500).optional(),
  config: z.string().max(2000).optional(),
})
export type Module = z.infer<typeof Module>

export const Section = z.object({
  id: stableId,
  kind: SectionKind,
  title: z.string().trim().min(1, 'Give this section a title').max(120),
  body: z.string().max(10000).optional(),
  modules: z.array(Module).max(30).optional(),
})
export type Section = z.infer<typeof Section>

export const Community = z.object({
  name: z.string().trim().max(120),
  description: z.string().max(2000).optional(),
  size: z.string().max(60).optional(),
})
export type Community = z.infer<typeof Community>

export const RuleDocument = z.object({
  title: z.string().trim().min(1, 'Give your rule a title').max(120),
  summary: z.string().max(500).optional(),
  community: Community.optional(),
  sections: z.array(Section).min(1, 'Add at least one section').max(40),
})
export type RuleDocument = z.infer<typeof RuleDocument>

export const stepIds = ['start', 'community', 'sections', 'review', 'publish', 'done'] as const
export const StepId = z.enum(stepIds)
export type StepId = z.infer<typeof StepId>

/** The create-flow draft: partial on purpose, a draft may be half-written. */
export const CreateFlowState = z.object({
  step: StepId,
  templateSlug: z.string().max(120).optional(),
  forkedFrom: z.string().max(160).optional(),
  document: z.object({
    title: z.string().max(120).optional(),
    summary: z.string().max(500).optional(),
    community: Community.partial().optional(),
    sections: z.array(Section.partial({ title: true }).required({ id: true, kind: true })).max(40).optional(),
  }),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type CreateFlowState = z.infer<typeof CreateFlowState>

export const RuleTemplate = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/).max(120),
  title: z.string().min(1).max(120),
  category: TemplateCategory,
  summary: z.string().max(500),
  document: RuleDocument,
  sortOrder: z.number().int(),
  featured: z.boolean(),
  updatedAt: z.string().optional(),
})
export type RuleTemplate = z.infer<typeof RuleTemplate>

export const PublishedRule = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  document: RuleDocument,
  sourceTemplate: z.string().optional(),
  forkedFrom: z.string().optional(),
  publishedAt: z.string(),
  url: z.string(),
  live: z.boolean(),
})
export type PublishedRule = z.infer<typeof PublishedRule>

// ---- request bodies (one schema per payload) ----

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address' }))

export const OtpRequestBody = z.object({ email: Email })
export type OtpRequestBody = z.infer<typeof OtpRequestBody>

export const OtpVerifyBody = z.object({
  email: Email,
  code: z.string().trim().regex(/^\d{6}$/, 'The code is the 6 digits from the email'),
})
export type OtpVerifyBody = z.infer<typeof OtpVerifyBody>

export const DraftPutBody = z.object({ state: CreateFlowState })
export type DraftPutBody = z.infer<typeof DraftPutBody>

export const PublishRuleBody = z.object({
  title: z.string().trim().min(1, 'Give your rule a title').max(120),
  summary: z.string().max(500).optional(),
  document: RuleDocument,
  sourceTemplate: z.string().max(120).optional(),
  forkedFrom: z.string().max(160).optional(),
})
export type PublishRuleBody = z.infer<typeof PublishRuleBody>

export const WebVitalMetric = z.object({
  name: z.enum(['CLS', 'FCP', 'INP', 'LCP', 'TTFB']),
  value: z.number().finite().nonnegative().max(600000),
  id: z.string().max(100).optional(),
  rating: z.enum(['good', 'needs-improvement', 'poor']).optional(),
})
export const WebVitalsBody = z.object({
  page: z.string().max(60).regex(/^[a-z0-9-]+$/).default('other'),
  metrics: z.array(WebVitalMetric).min(1).max(20),
})
export type WebVitalsBody = z.infer<typeof WebVitalsBody>

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), requestId: z.string().optional() }),
  details: z.array(z.unknown()).optional(),
})
export type ErrorBody = z.infer<typeof ErrorBody>
