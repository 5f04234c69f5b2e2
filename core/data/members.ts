/** Members: the people who sign in with an emailed code and publish rules. */
import type { Payload } from 'payload'
import type { Member } from './access'

/** The member with this address, created on their first sign-in; stamps `lastLoginAt` either way. */
export async function signInMember(payload: Payload, email: string): Promise<Member> {
  const now = new Date().toISOString()
  const find = () =>
    payload.find({
      collection: 'members',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  let member = (await find()).docs[0]
  if (!member) {
    try {
      member = await payload.create({ collection: 'members', data: { email, lastLoginAt: now }, overrideAccess: true })
    } catch (err) {
      // Two first logins racing: the unique email index lets one create; the other reads it.
      member = (await find()).docs[0]
      if (!member) throw err
    }
  } else {
    await payload.update({ collection: 'members', id: member.id, data: { lastLoginAt: now }, overrideAccess: true })
  }
  return { id: member.id, email: member.email, displayName: member.displayName ?? null }
}
