/**
 * Payload's Local API skips access control unless told otherwise. Every BFF call that acts for a
 * person spreads one of these, so no call site can forget `overrideAccess: false` or the user.
 */

export type Member = { id: string; email: string; displayName?: string | null }

export const asMember = (member: Member) =>
  ({ overrideAccess: false, user: { ...member, collection: 'members' } as never }) as const

export const asAnonymous = { overrideAccess: false } as const
