/**
 * A member's own account: their display name, and everything we hold about them as one download.
 */
import type { Payload } from 'payload'
import type { Member } from './access'
import { listMemberRules } from './rules'
import { listSessions } from './sessions'
import { touchRule } from './stewardship'
import { inTransaction } from './transaction'

/** Sets (or, with an empty string, clears) the name pages show for the member as a steward. */
export function setDisplayName(payload: Payload, member: Member, displayName: string): Promise<string | null> {
  return inTransaction(payload, async (req) => {
    const value = displayName.trim() || null
    await payload.update({
      collection: 'members',
      id: member.id,
      data: { displayName: value },
      overrideAccess: true,
      req,
    })
    // The pages of the rules they steward name their stewards.
    const { docs } = await payload.find({
      collection: 'rule-stewards',
      where: { member: { equals: member.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const row of docs) await touchRule(payload, typeof row.rule === 'object' ? row.rule.id : row.rule, req)
    return value
  })
}

/**
 * Everything the member's account holds: profile, the rules they steward with every version, their
 * draft and their sessions (never token or address hashes).
 */
export async function exportAccount(payload: Payload, member: Member, currentSessionId?: string) {
  const [profile, rules, drafts, sessions] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 0, overrideAccess: true }),
    listMemberRules(payload, member),
    payload.find({
      collection: 'drafts',
      where: { member: { equals: member.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    listSessions(payload, member, currentSessionId),
  ])
  const versions = rules.length
    ? (
        await payload.find({
          collection: 'rule-versions',
          where: { rule: { in: rules.map((rule) => rule.id) } },
          sort: 'number',
          pagination: false,
          depth: 0,
          select: {
            rule: true,
            number: true,
            title: true,
            summary: true,
            document: true,
            note: true,
            adoptedOn: true,
            adoptedBy: true,
            publishedAt: true,
          },
          overrideAccess: true,
        })
      ).docs
    : []
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      email: profile.email,
      displayName: profile.displayName ?? null,
      createdAt: profile.createdAt,
      lastLoginAt: profile.lastLoginAt ?? null,
    },
    rules: rules.map((rule) => ({
      ...rule,
      versions: versions
        .filter((version) => (typeof version.rule === 'object' ? version.rule.id : version.rule) === rule.id)
        .map(({ rule: _rule, ...version }) => version),
    })),
    drafts: drafts.docs.map((draft) => ({ state: draft.state, version: draft.version, updatedAt: draft.updatedAt })),
    sessions,
  }
}
