/**
 * The governance methods library as seeded (issue 13): every group's methods, written for the product
 * (tests/unit/methods-seed.test.ts checks each against the shared schema).
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'
import { amendmentsMethods } from './amendments'
import { communicationMethods } from './communication'
import { conflictMethods } from './conflict'
import { decisionsMethods } from './decisions'
import { membershipMethods } from './membership'
import { rolesMethods } from './roles'
import { valuesMethods } from './values'

export const seedMethods: MethodData[] = [
  ...valuesMethods,
  ...communicationMethods,
  ...membershipMethods,
  ...decisionsMethods,
  ...conflictMethods,
  ...rolesMethods,
  ...amendmentsMethods,
]
