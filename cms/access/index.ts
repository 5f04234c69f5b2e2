/**
 * Named access predicates. Every collection lists every operation with one of these, so a reader can
 * see at a glance who may do what. `req.user` is either a CMS user (`users`: editor/admin) or a
 * member authenticated by the session-cookie strategy (`members`).
 */
import type { Access, PayloadRequest, Where } from 'payload'

type AnyUser = { id: string | number; collection?: string; role?: string } | null | undefined

const userOf = (req: PayloadRequest): AnyUser => req.user as AnyUser

export const isStaff = (req: PayloadRequest): boolean => userOf(req)?.collection === 'users'
export const isAdminUser = (req: PayloadRequest): boolean =>
  isStaff(req) && userOf(req)?.role === 'admin'
export const isMemberUser = (req: PayloadRequest): boolean => userOf(req)?.collection === 'members'

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
/** A signed-in member. */
export const isMember: Access = ({ req }) => isMemberUser(req)

/** Rows whose `member` field is the signed-in member (sessions, drafts). */
export const isOwner: Access = ({ req }) => {
  if (!isMemberUser(req)) return false
  return { member: { equals: userOf(req)!.id } } satisfies Where
}

/** Editors see everything; a member sees their own member record only. */
export const isEditorOrSelf: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (isMemberUser(req)) return { id: { equals: userOf(req)!.id } } satisfies Where
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
