/**
 * Named access predicates. Every collection lists every operation with one of these, so a reader can
 * see at a glance who may do what (docs/security.md holds the whole matrix).
 *
 * One gate: Payload's REST and GraphQL (`/cms-api`) only ever authenticate CMS users (`users`:
 * editor/admin). Members are not a Payload auth collection; they act through the BFF, whose service
 * functions call the Local API with the member as `user`. The member predicates below therefore also
 * require `req.payloadAPI === 'local'`: should a member ever become `req.user` over HTTP (a future
 * strategy, a bug), they still get nothing more than anonymous visitors.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

type AnyUser = { id: string | number; collection?: string; role?: string } | null | undefined

const userOf = (req: PayloadRequest): AnyUser => req.user as AnyUser

/** Our own server code (BFF services, jobs, site build, seeds): never reachable over HTTP. */
export const isServerCall = (req: PayloadRequest): boolean => req.payloadAPI === 'local'
export const isStaff = (req: PayloadRequest): boolean => userOf(req)?.collection === 'users'
export const isAdminUser = (req: PayloadRequest): boolean => isStaff(req) && userOf(req)?.role === 'admin'
/** A member acting through the BFF (Local API with the member as user). */
export const isBffMember = (req: PayloadRequest): boolean => isServerCall(req) && userOf(req)?.collection === 'members'

/** Anyone, signed in or not. */
export const anyone: Access = () => true
/** Nobody through the API: server-only collections are reached by the BFF's service functions. */
export const nobody: Access = () => false
/** Who may open the admin UI at all: CMS users, never members. */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => isStaff(req)
export const noAdminUi = (): boolean => false

/** CMS editors and admins. */
export const isEditor: Access = ({ req }) => isStaff(req)
/** CMS admins only. */
export const isAdmin: Access = ({ req }) => isAdminUser(req)
/** A member, through the BFF only. */
export const isMember: Access = ({ req }) => isBffMember(req)

/** Rows whose `member` field is the member the BFF acts for (sessions, drafts). */
export const isOwner: Access = ({ req }) => {
  if (!isBffMember(req)) return false
  return { member: { equals: userOf(req)!.id } } satisfies Where
}

/** Admins see and manage every CMS user; an editor sees and edits their own account only. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req)) return true
  if (isStaff(req)) return { id: { equals: userOf(req)!.id } } satisfies Where
  return false
}

/** Templates: editors see drafts; everybody else only published versions. */
export const publishedOrEditor: Access = ({ req }) => {
  if (isStaff(req)) return true
  return { _status: { equals: 'published' } } satisfies Where
}

/** Rules: editors see hidden rules too; the public sees rules that are not hidden. */
export const visibleOrEditor: Access = ({ req }) => {
  if (isStaff(req)) return true
  return { hidden: { not_equals: true } } satisfies Where
}

// ---- field level ----

/**
 * Private fields (owner ids, member emails, token hashes, internal flags): editors and our own server
 * code read them; public REST/GraphQL reads never see them, and — because Payload checks field read
 * access on every `where` path — cannot filter on them either (no oracle).
 */
export const staffOrServerField: FieldAccess = ({ req }) => isStaff(req) || isServerCall(req)
/** Fields only our server code sets (owner, slug, publishedAt, token hashes): no API caller writes them. */
export const serverOnlyField: FieldAccess = ({ req }) => isServerCall(req)
/**
 * Fields no access-checked operation may change (who a session or draft belongs to, a session's expiry,
 * a rule's slug and owner once published). Trusted code that must, runs with `overrideAccess: true`.
 */
export const nobodyField: FieldAccess = () => false
/** Fields only admins change (a user's role). The first user is made admin by a hook, not by input. */
export const adminOnlyField: FieldAccess = ({ req }) => isAdminUser(req)
