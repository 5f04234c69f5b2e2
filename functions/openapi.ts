/**
 * OpenAPI 3.1 document generated from the shared zod schemas (zod's own JSON Schema output), so the
 * contract cannot drift from what the BFF validates.
 */
import { z } from 'zod'
import type { $ZodType } from 'zod/v4/core'
import { CreateFlowState, RuleDocument } from '@communityrule/core/schema'
import {
  DraftPutBody,
  ErrorBody,
  OtpRequestBody,
  OtpVerifyBody,
  PublishRuleBody,
  RuleTemplate,
  WebVitalsBody,
} from '@communityrule/core/schema/api'

const schema = (s: $ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
const json = (s: $ZodType) => ({ content: { 'application/json': { schema: schema(s) } } })
const errorResponse = (description: string) => ({ description, ...json(ErrorBody) })
const ok = (description: string) => ({ description })

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CommunityRule API',
      version: '1.0.0',
      description: 'The BFF behind CommunityRule. Errors use { error: { code, message }, details? }.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: {
        RuleDocument: schema(RuleDocument),
        CreateFlowState: schema(CreateFlowState),
        RuleTemplate: schema(RuleTemplate),
        Error: schema(ErrorBody),
      },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cr_session' } },
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness', responses: { 200: ok('Process is up') } } },
      '/api/ready': {
        get: {
          summary: 'Readiness (database, Redis)',
          responses: { 200: ok('Ready'), 503: ok('A dependency is down') },
        },
      },
      '/api/auth/otp/request': {
        post: {
          summary: 'Email a sign-in code',
          requestBody: json(OtpRequestBody),
          responses: {
            202: ok('Accepted (same for unknown emails)'),
            400: errorResponse('Invalid body'),
            429: errorResponse('Rate limited'),
          },
        },
      },
      '/api/auth/otp/verify': {
        post: {
          summary: 'Verify the code; sets cr_session',
          requestBody: json(OtpVerifyBody),
          responses: {
            200: ok('Signed in'),
            400: errorResponse('otp_invalid, otp_expired or otp_locked'),
            429: errorResponse('Rate limited'),
          },
        },
      },
      '/api/auth/session': { get: { summary: 'The signed-in member or null', responses: { 200: ok('Session') } } },
      '/api/auth/logout': { post: { summary: 'Revoke this session', responses: { 204: ok('Signed out') } } },
      '/api/auth/sessions': {
        get: {
          summary: 'My sessions',
          security: [{ session: [] }],
          responses: { 200: ok('Sessions'), 401: errorResponse('Not signed in') },
        },
      },
      '/api/auth/sessions/{id}': {
        delete: {
          summary: 'Revoke one of my sessions',
          security: [{ session: [] }],
          responses: { 204: ok('Revoked'), 404: errorResponse('Not yours or unknown') },
        },
      },
      '/api/auth/sessions/revoke-others': {
        post: {
          summary: 'Revoke all my other sessions',
          security: [{ session: [] }],
          responses: { 200: ok('{ revoked }') },
        },
      },
      '/api/drafts/me': {
        get: { summary: 'My draft', security: [{ session: [] }], responses: { 200: ok('{ draft | null }') } },
        put: {
          summary: 'Save my draft (If-Match: version)',
          security: [{ session: [] }],
          requestBody: json(DraftPutBody),
          responses: {
            200: ok('{ draft }'),
            412: errorResponse('draft_conflict; server draft in details'),
            413: errorResponse('Over 512 KB'),
          },
        },
        delete: { summary: 'Discard my draft', security: [{ session: [] }], responses: { 204: ok('Deleted') } },
      },
      '/api/templates': {
        get: { summary: 'Published templates', responses: { 200: ok('{ templates }'), 304: ok('Not modified') } },
      },
      '/api/templates/{slug}': {
        get: {
          summary: 'One published template',
          responses: { 200: ok('{ template }'), 404: errorResponse('Unknown') },
        },
      },
      '/api/rules': {
        get: {
          summary: 'Published rules, newest first (keyset cursor)',
          responses: { 200: ok('{ items, nextCursor }') },
        },
        post: {
          summary: 'Publish a rule (Idempotency-Key header required)',
          security: [{ session: [] }],
          requestBody: json(PublishRuleBody),
          responses: {
            201: ok('{ rule: { id, slug, url, live } }'),
            409: errorResponse('idempotency_mismatch'),
            401: errorResponse('Not signed in'),
          },
        },
      },
      '/api/rules/mine': {
        get: { summary: 'My rules', security: [{ session: [] }], responses: { 200: ok('{ items }') } },
      },
      '/api/rules/{idOrSlug}': {
        get: {
          summary: 'One published rule with live flag',
          responses: { 200: ok('{ rule }'), 404: errorResponse('Unknown or hidden') },
        },
      },
      '/api/web-vitals': {
        post: { summary: 'Web vitals beacon', requestBody: json(WebVitalsBody), responses: { 204: ok('Recorded') } },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics (bearer METRICS_TOKEN when set)', responses: { 200: ok('text/plain') } },
      },
    },
  }
}
