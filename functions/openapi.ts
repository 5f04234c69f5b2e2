/**
 * OpenAPI 3.1 document generated from the shared zod schemas (zod's own JSON Schema output). Each
 * router documents its routes beside them with `documentRoute`, so the contract cannot drift from
 * what the BFF serves and validates.
 */
import { z } from 'zod'
import type { $ZodType } from 'zod/v4/core'
import { CreateFlowState, RuleDocument } from '@communityrule/core/schema'
import { ErrorBody, RuleTemplate } from '@communityrule/core/schema/api'

const schema = (s: $ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
export const json = (s: $ZodType) => ({ content: { 'application/json': { schema: schema(s) } } })
export const errorResponse = (description: string) => ({ description, ...json(ErrorBody) })
export const ok = (description: string) => ({ description })

type Response = { description: string; content?: unknown }
export type RouteDoc = {
  summary: string
  /** Needs a signed-in member (the `cr_session` cookie). */
  member?: boolean
  body?: $ZodType
  responses: Record<number, Response>
}

/** path → method → operation; filled by the routers as they are built (same answer however often). */
const operations = new Map<string, Map<string, RouteDoc>>()

/** Documents one route, next to its handler: `documentRoute('post', '/api/rules', { ... })`. */
export function documentRoute(method: 'get' | 'post' | 'put' | 'delete', path: string, doc: RouteDoc): void {
  const byMethod = operations.get(path) ?? new Map<string, RouteDoc>()
  byMethod.set(method, doc)
  operations.set(path, byMethod)
}

function operation({ summary, member, body, responses }: RouteDoc) {
  return {
    summary,
    ...(member ? { security: [{ session: [] }] } : {}),
    ...(body ? { requestBody: json(body) } : {}),
    responses,
  }
}

export function openApiDocument(serverUrl: string) {
  const paths = Object.fromEntries(
    [...operations].map(([path, byMethod]) => [
      path,
      Object.fromEntries([...byMethod].map(([method, doc]) => [method, operation(doc)])),
    ]),
  )
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
    paths,
  }
}
