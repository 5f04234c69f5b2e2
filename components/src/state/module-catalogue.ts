/**
 * The module catalogue: building blocks a section can include, by section kind
 * (names as in /work/shared/catalogue.md). Ids are stable: they are stored in drafts and rules.
 */
import type { SectionKind } from '../../../cms/schema/constants'

export type CatalogueModule = { id: string; name: string; summary: string }

const m = (id: string, name: string, summary: string): CatalogueModule => ({ id, name, summary })

export const moduleCatalogue: Record<Exclude<SectionKind, 'custom'>, CatalogueModule[]> = {
  decisions: [
    m('consensus', 'Consensus', 'Decisions need everyone’s agreement, or no blocking objection.'),
    m('consent', 'Consent (no reasoned objection)', 'A proposal passes unless someone has a reasoned objection.'),
    m('lazy-consensus', 'Lazy consensus', 'A proposal passes after a set waiting period unless someone objects.'),
    m('majority-vote', 'Majority vote', 'The option with more than half the votes wins.'),
    m('supermajority', 'Supermajority (two-thirds)', 'A proposal needs two-thirds of the votes cast.'),
    m(
      'ranked-choice-vote',
      'Ranked-choice vote',
      'Voters rank the options; the least popular is dropped until one has a majority.',
    ),
    m('delegation', 'Delegation', 'Members may hand their vote or a decision to someone they trust.'),
    m('executive-decision', 'Executive decision', 'A named person decides and explains why.'),
    m('veto', 'Veto', 'A named person or group can stop a decision.'),
    m('quorum', 'Quorum', 'A minimum number of members must take part for a decision to count.'),
  ],
  roles: [
    m('facilitator', 'Facilitator', 'Runs meetings and keeps the process fair.'),
    m('secretary', 'Secretary / note-taker', 'Keeps the record of what was decided.'),
    m('treasurer', 'Treasurer', 'Looks after the money and reports on it.'),
    m('steward', 'Steward', 'Takes care of a shared resource or area of work.'),
    m('moderator', 'Moderator', 'Keeps shared spaces safe and on topic.'),
    m('board-member', 'Board member', 'Sits on the board that decides for the group.'),
    m('term-limits', 'Term limits', 'Nobody holds a role for longer than a set time.'),
    m('rotation', 'Rotation', 'Roles pass from member to member on a schedule.'),
    m('sortition', 'Sortition (random selection)', 'Role holders are drawn by lot from willing members.'),
    m('recall', 'Recall', 'Members can remove a role holder before the term ends.'),
  ],
  membership: [
    m('open-membership', 'Open membership', 'Anyone who shares the purpose can join.'),
    m('application-and-approval', 'Application and approval', 'People apply and existing members decide.'),
    m('sponsorship', 'Sponsorship by a member', 'A current member vouches for each newcomer.'),
    m('dues', 'Dues', 'Members contribute money on a regular basis.'),
    m('probation-period', 'Probation period', 'New members start with a trial period.'),
    m('leaving-and-removal', 'Leaving and removal', 'How people leave, and how someone can be asked to.'),
  ],
  conflict: [
    m(
      'direct-conversation-first',
      'Direct conversation first',
      'People try to settle things between themselves first.',
    ),
    m('mediation', 'Mediation', 'A neutral person helps both sides talk it through.'),
    m('restorative-circle', 'Restorative circle', 'Those affected meet to repair harm together.'),
    m('jury-review', 'Jury review', 'A random panel of members hears both sides and decides.'),
    m('code-of-conduct', 'Code of conduct', 'Written expectations for how everyone behaves.'),
    m('escalation-path', 'Escalation path', 'Who to turn to next when a step does not resolve it.'),
    m('appeals', 'Appeals', 'A decision can be reviewed once by someone else.'),
  ],
  communication: [
    m('regular-meetings', 'Regular meetings', 'The group meets on a fixed schedule.'),
    m(
      'async-proposals-thread',
      'Async proposals thread',
      'Proposals are written up and discussed in one shared thread.',
    ),
    m('public-minutes', 'Public minutes', 'Notes of every meeting are published for all members.'),
    m('announcement-channel', 'Announcement channel', 'One place where important news is posted.'),
    m('transparency-of-finances', 'Transparency of finances', 'Income and spending are open to every member.'),
  ],
  values: [
    m('transparency', 'Transparency', 'We work in the open.'),
    m('inclusion', 'Inclusion', 'Everyone can take part.'),
    m('care', 'Care', 'We look after each other.'),
    m('accountability', 'Accountability', 'We answer for what we do.'),
    m('autonomy', 'Autonomy', 'People and groups decide what is theirs to decide.'),
    m('sustainability', 'Sustainability', 'We pace ourselves so the group lasts.'),
  ],
  amendments: [
    m('change-by-consensus', 'Change by consensus', 'The rule changes only with everyone’s agreement.'),
    m('change-by-supermajority', 'Change by supermajority', 'The rule changes with two-thirds of the votes.'),
    m('annual-review', 'Annual review', 'The rule is read and revisited every year.'),
    m('sunset-clause', 'Sunset clause', 'Parts of the rule expire unless they are renewed.'),
  ],
}

/** The modules offered for a section kind; a custom section may use any of them. */
export function modulesFor(kind: SectionKind): CatalogueModule[] {
  return kind === 'custom' ? Object.values(moduleCatalogue).flat() : moduleCatalogue[kind]
}

export const kindLabels: Record<SectionKind, string> = {
  values: 'Values',
  membership: 'Membership',
  roles: 'Roles',
  decisions: 'Decisions',
  conflict: 'Conflict',
  communication: 'Communication',
  amendments: 'Amendments',
  custom: 'Custom',
}
