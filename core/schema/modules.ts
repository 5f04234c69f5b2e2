/**
 * The module catalogue: building blocks a section can include, by section kind (names from the
 * product catalogue). Plain data with no zod import, so the seed, the create flow in the browser and
 * tests share one list. Ids are stable: they are stored in drafts and published rules.
 */
import type { SectionKind } from './constants'

export type CatalogueKind = Exclude<SectionKind, 'custom'>
export type CatalogueModule = { id: string; name: string; summary: string }

export const moduleCatalogue: Record<CatalogueKind, CatalogueModule[]> = {
  decisions: [
    {
      id: 'consensus',
      name: 'Consensus',
      summary:
        'A proposal passes only when every participating member agrees or chooses to stand aside, so no one is simply overruled.',
    },
    {
      id: 'consent',
      name: 'Consent (no reasoned objection)',
      summary:
        'A proposal passes when no one raises a reasoned objection showing it would harm the group or its aims: good enough for now, safe enough to try.',
    },
    {
      id: 'lazy-consensus',
      name: 'Lazy consensus',
      summary:
        'A proposal passes automatically after a set waiting period unless someone objects, so silence counts as agreement.',
    },
    {
      id: 'majority-vote',
      name: 'Majority vote',
      summary: 'Members vote and the option backed by more than half of the votes cast wins.',
    },
    {
      id: 'supermajority',
      name: 'Supermajority (two-thirds)',
      summary:
        'A proposal needs the support of at least two-thirds of the votes cast, and is used for weighty or hard-to-reverse decisions.',
    },
    {
      id: 'ranked-choice-vote',
      name: 'Ranked-choice vote',
      summary:
        'Voters rank the options in order of preference, and the least popular options are eliminated one by one until one option has a majority.',
    },
    {
      id: 'delegation',
      name: 'Delegation',
      summary:
        'The group hands a clearly defined area of decisions to a person or team, who then decide within those limits without asking each time.',
    },
    {
      id: 'executive-decision',
      name: 'Executive decision',
      summary:
        'A single named person makes the decision, ideally after hearing from those affected, and explains their reasoning.',
    },
    {
      id: 'veto',
      name: 'Veto',
      summary: 'A named person or body can stop a decision from going ahead, even when others support it.',
    },
    {
      id: 'quorum',
      name: 'Quorum',
      summary: 'A minimum number of members must take part for a meeting or vote to make a valid decision.',
    },
    {
      id: 'lottery',
      name: 'Selection by lot',
      summary: 'A choice between options, or people, is made by drawing lots.',
    },
    {
      id: 'citizens-assembly',
      name: 'Citizens’ assembly',
      summary: 'A panel of members chosen by lot hears evidence, deliberates and decides or recommends.',
    },
    {
      id: 'inter-group-agreement',
      name: 'Inter-group agreement',
      summary: 'Autonomous groups agree joint action between themselves; only the groups that agree are bound.',
    },
    {
      id: 'spokescouncil',
      name: 'Spokescouncil',
      summary: 'Each group sends a spoke to a shared meeting, carrying decisions the group has already made.',
    },
    {
      id: 'liquid-democracy',
      name: 'Liquid democracy',
      summary: 'Members vote directly or delegate their vote, topic by topic, to someone they trust.',
    },
    {
      id: 'quadratic-voting',
      name: 'Quadratic voting',
      summary: 'Members spend voice credits across proposals; n votes on one proposal cost n² credits.',
    },
    {
      id: 'federated-council',
      name: 'Federated council',
      summary: 'Self-governing groups send mandated, recallable delegates to decide matters that affect all.',
    },
    {
      id: 'devolved-domains',
      name: 'Devolved domains',
      summary: 'A central body hands defined areas of authority to smaller units and can take them back.',
    },
    { id: 'do-ocracy', name: 'Do-ocracy', summary: 'Whoever does the work decides how it is done.' },
    {
      id: 'advisory-process',
      name: 'Advice process',
      summary: 'Anyone may decide after seeking advice from those affected and those with expertise.',
    },
    {
      id: 'modified-consensus',
      name: 'Modified consensus',
      summary: 'The group seeks consensus first and falls back to a supermajority vote if it cannot reach it.',
    },
    { id: 'approval-vote', name: 'Approval vote', summary: 'Voters mark every option they can accept.' },
    {
      id: 'petition-to-vote',
      name: 'Petition to vote',
      summary: 'A proposal with enough signatures goes to a vote of all members.',
    },
    {
      id: 'elected-committee',
      name: 'Elected committee',
      summary: 'Members elect a small committee to decide on their behalf for a fixed term.',
    },
  ],
  roles: [
    {
      id: 'facilitator',
      name: 'Facilitator',
      summary: 'Guides meetings and discussions so they stay focused, fair and on time, without steering the outcome.',
    },
    {
      id: 'secretary',
      name: 'Secretary / note-taker',
      summary: 'Keeps the record: agendas, notes, decisions, and who agreed to do what by when.',
    },
    {
      id: 'treasurer',
      name: 'Treasurer',
      summary: 'Looks after the group’s money, keeps the accounts and reports on them to members.',
    },
    {
      id: 'steward',
      name: 'Steward',
      summary: 'Takes ongoing care of a particular area, resource or process on the group’s behalf.',
    },
    {
      id: 'moderator',
      name: 'Moderator',
      summary: 'Keeps shared spaces welcoming and on-topic, and acts when the code of conduct is broken.',
    },
    {
      id: 'board-member',
      name: 'Board member',
      summary: 'Sits on a small body that makes decisions on behalf of the wider group.',
    },
    {
      id: 'term-limits',
      name: 'Term limits',
      summary: 'Caps how long anyone may hold a role, so positions open up and power doesn’t settle in one place.',
    },
    {
      id: 'rotation',
      name: 'Rotation',
      summary: 'Roles pass from member to member on a set schedule, so experience and responsibility are shared.',
    },
    {
      id: 'sortition',
      name: 'Sortition (random selection)',
      summary: 'People are chosen for a role or panel by lot, giving every eligible member an equal chance.',
    },
    {
      id: 'recall',
      name: 'Recall',
      summary:
        'Members can remove someone from a role before their term ends if that person loses the group’s confidence.',
    },
    {
      id: 'delegate',
      name: 'Delegate',
      summary: 'Carries a group’s mandate to a wider body and reports back; recallable by the group.',
    },
  ],
  membership: [
    {
      id: 'open-membership',
      name: 'Open membership',
      summary: 'Anyone who shares the group’s purpose and agrees to its code of conduct can join.',
    },
    {
      id: 'application-and-approval',
      name: 'Application and approval',
      summary: 'People apply to join, and existing members or a designated role approve the application.',
    },
    {
      id: 'sponsorship-by-a-member',
      name: 'Sponsorship by a member',
      summary:
        'A newcomer joins with the backing of an existing member, who welcomes them and helps them find their way.',
    },
    {
      id: 'dues',
      name: 'Dues',
      summary:
        'Members contribute a regular fee to support the group, with an easy way to reduce or waive it for anyone who needs that.',
    },
    {
      id: 'probation-period',
      name: 'Probation period',
      summary: 'New members spend an initial period getting to know the group before gaining full rights.',
    },
    {
      id: 'leaving-and-removal',
      name: 'Leaving and removal',
      summary:
        'Members can leave freely at any time, and there is a fair, documented process for removing someone when it is truly necessary.',
    },
  ],
  conflict: [
    {
      id: 'direct-conversation-first',
      name: 'Direct conversation first',
      summary: 'People who disagree first try to talk it through with each other, directly and in good faith.',
    },
    {
      id: 'mediation',
      name: 'Mediation',
      summary: 'A neutral third party helps people in conflict understand each other and find a way forward together.',
    },
    {
      id: 'restorative-circle',
      name: 'Restorative circle',
      summary:
        'Those affected by a harm meet with a facilitator to understand what happened and agree together how to repair it.',
    },
    {
      id: 'jury-review',
      name: 'Jury review',
      summary: 'A randomly selected panel of members hears a dispute and decides how it should be resolved.',
    },
    {
      id: 'code-of-conduct',
      name: 'Code of conduct',
      summary:
        'A written set of expectations for how we treat one another, with clear steps to follow when they are broken.',
    },
    {
      id: 'escalation-path',
      name: 'Escalation path',
      summary: 'A clear sequence of steps for taking an unresolved problem to a wider group or a higher body.',
    },
    {
      id: 'appeals',
      name: 'Appeals',
      summary: 'Anyone affected by a decision can ask for it to be reviewed by people other than those who made it.',
    },
  ],
  communication: [
    {
      id: 'regular-meetings',
      name: 'Regular meetings',
      summary: 'The group meets on a predictable schedule to share updates and make decisions together.',
    },
    {
      id: 'async-proposals-thread',
      name: 'Async proposals thread',
      summary:
        'One shared written space where proposals are posted, discussed and decided, so people can take part in their own time.',
    },
    {
      id: 'public-minutes',
      name: 'Public minutes',
      summary: 'Notes of meetings and decisions are published where every member can read them.',
    },
    {
      id: 'announcement-channel',
      name: 'Announcement channel',
      summary:
        'A low-traffic channel for important news and decisions, so members don’t have to read everything to stay informed.',
    },
    {
      id: 'transparency-of-finances',
      name: 'Transparency of finances',
      summary: 'The group’s income, spending and balances are shared openly with members on a regular schedule.',
    },
  ],
  values: [
    {
      id: 'transparency',
      name: 'Transparency',
      summary: 'We work in the open, so members can see how and why decisions are made.',
    },
    {
      id: 'inclusion',
      name: 'Inclusion',
      summary:
        'We make it possible for people of different backgrounds, abilities and circumstances to take part fully.',
    },
    {
      id: 'care',
      name: 'Care',
      summary: 'We look after one another’s wellbeing and treat each other with patience and kindness.',
    },
    {
      id: 'accountability',
      name: 'Accountability',
      summary: 'People who take on responsibility explain their actions and answer to the group.',
    },
    {
      id: 'autonomy',
      name: 'Autonomy',
      summary: 'People and teams are free to act within their areas without asking permission for everything.',
    },
    {
      id: 'sustainability',
      name: 'Sustainability',
      summary:
        'We pace our work and use our resources so that the group and its people can keep going for the long term.',
    },
    { id: 'solidarity', name: 'Solidarity', summary: 'We stand with each other, and with others in struggle.' },
    { id: 'mutual-aid', name: 'Mutual aid', summary: 'We meet each other’s needs directly, as equals.' },
    {
      id: 'subsidiarity',
      name: 'Subsidiarity',
      summary: 'Decisions are made at the most local level that can handle them well.',
    },
  ],
  amendments: [
    {
      id: 'change-by-consensus',
      name: 'Change by consensus',
      summary: 'These rules change only when every member agrees or stands aside.',
    },
    {
      id: 'change-by-supermajority',
      name: 'Change by supermajority',
      summary: 'These rules change when at least two-thirds of voting members support the amendment.',
    },
    {
      id: 'annual-review',
      name: 'Annual review',
      summary: 'Once a year we read these rules together and decide whether they still serve us.',
    },
    {
      id: 'sunset-clause',
      name: 'Sunset clause',
      summary: 'A rule or arrangement expires on a set date unless the group actively chooses to renew it.',
    },
  ],
}
