import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { $ZodType } from 'zod/v4/core'
import {
  DraftCreateBody,
  DraftNameBody,
  DraftPutBody,
  OtpRequestBody,
  OtpVerifyBody,
  AmendRuleBody,
  WithdrawRuleBody,
  InviteStewardBody,
  AcceptInvitationBody,
  ProfileBody,
  DeleteAccountBody,
  PublishRuleBody,
  WebVitalsBody,
} from '@communityrule/core/schema/api'
import { bodiesFor } from '../support/arbitrary'
import { signIn, startTestBff } from '../support/bff'

const RUNS = Number(process.env.FUZZ_RUNS || 5000)
let bff: Awaited<ReturnType<typeof startTestBff>>
let cookie: string
/** A rule of the fuzzer's, to amend. */
let ruleSlug: string
/** A draft of the fuzzer's, to save and rename. */
let draftId: string

beforeAll(async () => {
  bff = await startTestBff('fuzz')
  ;({ cookie } = await signIn(bff, 'fuzzer@example.org'))
  const published = await fetch(`${bff.origin}/api/rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': 'fuzz-publish-1' },
    body: JSON.stringify({
      title: 'Fuzzed',
      document: { title: 'Fuzzed', sections: [{ id: 'a', kind: 'values', title: 'A' }] },
    }),
  })
  ruleSlug = (await published.json()).rule.slug
  const draft = await fetch(`${bff.origin}/api/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ state: { step: 'start', document: {}, updatedAt: new Date().toISOString() } }),
  })
  draftId = (await draft.json()).draft.id
})
afterAll(async () => {
  await bff?.stop()
})

const endpoints: Array<{
  method: string
  path: string | (() => string)
  /** how a computed path is named in the test title */
  name?: string
  schema: $ZodType
  auth?: boolean
}> = [
  { method: 'POST', path: '/api/auth/otp/request', schema: OtpRequestBody },
  { method: 'POST', path: '/api/auth/otp/verify', schema: OtpVerifyBody },
  { method: 'POST', path: '/api/drafts', schema: DraftCreateBody, auth: true },
  {
    method: 'PUT',
    path: () => `/api/drafts/${draftId}`,
    name: '/api/drafts/:id',
    schema: DraftPutBody,
    auth: true,
  },
  {
    method: 'PUT',
    path: () => `/api/drafts/${draftId}/name`,
    name: '/api/drafts/:id/name',
    schema: DraftNameBody,
    auth: true,
  },
  { method: 'POST', path: '/api/rules', schema: PublishRuleBody, auth: true },
  {
    method: 'POST',
    path: () => `/api/rules/${ruleSlug}/versions`,
    name: '/api/rules/:slug/versions',
    schema: AmendRuleBody,
    auth: true,
  },
  {
    method: 'POST',
    path: () => `/api/rules/${ruleSlug}/stewards`,
    name: '/api/rules/:slug/stewards',
    schema: InviteStewardBody,
    auth: true,
  },
  { method: 'POST', path: '/api/steward-invitations/accept', schema: AcceptInvitationBody, auth: true },
  { method: 'PUT', path: '/api/account/profile', schema: ProfileBody, auth: true },
  { method: 'POST', path: '/api/account/email', schema: OtpRequestBody, auth: true },
  { method: 'POST', path: '/api/account/email/confirm', schema: OtpVerifyBody, auth: true },
  // The first valid body withdraws the fuzzer's rule; every later one gets 404.
  {
    method: 'POST',
    path: () => `/api/rules/${ruleSlug}/withdraw`,
    name: '/api/rules/:slug/withdraw',
    schema: WithdrawRuleBody,
    auth: true,
  },
  // Last of the signed-in ones: once the fuzzer's rule is withdrawn, a valid body deletes the account.
  { method: 'DELETE', path: '/api/account', schema: DeleteAccountBody, auth: true },
  { method: 'POST', path: '/api/web-vitals', schema: WebVitalsBody },
]

describe(`fuzz: ${RUNS} random bodies per endpoint never produce a 5xx`, () => {
  for (const endpoint of endpoints) {
    const name = typeof endpoint.path === 'string' ? endpoint.path : endpoint.name
    it(`${endpoint.method} ${name}`, async () => {
      const path = typeof endpoint.path === 'string' ? endpoint.path : endpoint.path()
      const samples = fc.sample(bodiesFor(endpoint.schema), { numRuns: RUNS, seed: 42 })
      const failures: Array<{ body: unknown; status: number; text: string }> = []
      let next = 0
      const worker = async () => {
        while (next < samples.length) {
          const index = next++
          const body = samples[index]
          const response = await fetch(`${bff.origin}${path}`, {
            method: endpoint.method,
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': `10.${index % 256}.${(index >> 8) % 256}.1`,
              'idempotency-key': `fuzz-key-${index}`,
              'if-match': String(index % 3),
              ...(endpoint.auth ? { cookie } : {}),
            },
            body: JSON.stringify(body),
          })
          const text = await response.text()
          if (response.status >= 500) failures.push({ body, status: response.status, text })
          else if (response.status >= 400) expect(JSON.parse(text).error.code).toMatch(/^[a-z_]+$/)
        }
      }
      await Promise.all(Array.from({ length: 8 }, worker))
      expect(failures.slice(0, 3)).toEqual([])
    }, 300_000)
  }
})
