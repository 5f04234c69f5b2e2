/**
 * Payload's Local API skips access control unless told otherwise. Every data call that acts for a
 * person spreads one of these, so no call site can forget `overrideAccess: false` or the user.
 */
import type { Member as MemberDoc } from './payload-types'

/** The signed-in member as the BFF knows them: what the session lookup returns. */
export type Member = Pick<MemberDoc, 'id' | 'email' | 'displayName'>

export const asMember = (member: Member) =>
  ({ overrideAccess: false, user: { ...member, collection: 'members' } as never }) as const

export const asAnonymous = { overrideAccess: false } as const
