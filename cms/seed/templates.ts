/**
 * Seed content for CommunityRule's governance templates.
 *
 * Plain data plus a few tiny helpers; modules come from the shared catalogue (core/schema/modules.ts). Every template is validated against `RuleTemplate` in
 * `core/schema/index.ts` before it is written, so keep ids kebab-case and stay within the limits:
 * titles up to 120 characters, summaries up to 500, bodies up to 10,000, module names up to 80.
 *
 * Bodies are plain text with light Markdown: paragraphs separated by a blank line, "- " bullet
 * lists and *emphasis*. No headings and no HTML.
 */

import { moduleCatalogue, type CatalogueKind, type CatalogueModule } from '@communityrule/core/schema/modules'

export { moduleCatalogue }

export interface SeedTemplate {
  slug: string
  title: string
  category: 'autocratic' | 'oligarchic' | 'representative' | 'direct' | 'decentralised' | 'sortition' | 'rotational'
  summary: string
  sortOrder: number
  featured: boolean
  document: {
    title: string
    summary?: string
    community?: { name: string; description?: string; size?: string }
    sections: Array<{
      id: string
      kind: 'values' | 'membership' | 'roles' | 'decisions' | 'conflict' | 'communication' | 'amendments' | 'custom'
      title: string
      body?: string
      modules?: Array<{ id: string; name: string; summary?: string; config?: string }>
    }>
  }
}

type SeedSection = SeedTemplate['document']['sections'][number]
type SeedModule = NonNullable<SeedSection['modules']>[number]

// ---------------------------------------------------------------------------------------------
// Helpers (kept tiny on purpose)
// ---------------------------------------------------------------------------------------------

/** Joins blocks of text into paragraphs separated by a blank line. */
const paras = (...blocks: string[]): string => blocks.join('\n\n')

/** Turns items into a "- " bullet list. */
const bullets = (...items: string[]): string => items.map((item) => `- ${item}`).join('\n')

/**
 * A module from the catalogue, with its catalogue name, a summary written for this template
 * (falling back to the catalogue summary) and optional configuration.
 */
function mod(kind: CatalogueKind, id: string, summary?: string, config?: string): SeedModule {
  const entry = moduleCatalogue[kind].find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`Unknown module "${id}" in the ${kind} catalogue`)
  const module: SeedModule = { id: entry.id, name: entry.name, summary: summary ?? entry.summary }
  if (config) module.config = config
  return module
}

/** Builds a template whose document title and summary always match the template's own. */
function template(input: Omit<SeedTemplate, 'document'> & { sections: SeedSection[] }): SeedTemplate {
  const { sections, ...meta } = input
  return { ...meta, document: { title: meta.title, summary: meta.summary, sections } }
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

const benevolentDictator = template({
  slug: 'benevolent-dictator',
  title: 'Benevolent Dictator',
  category: 'autocratic',
  summary:
    'One trusted person, the lead, holds final say, while everyone else is encouraged to propose, advise and push back. Simple and fast, and well suited to a young project that is still finding its feet.',
  sortOrder: 1,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What we care about',
      body: paras(
        'We have chosen a simple structure so that we can move quickly while we are small. One person, the lead, makes the final call. That authority exists to serve the community, not the other way round, and the lead holds it only as long as it keeps working for us.',
        'In return for that trust, the lead commits to:',
        bullets(
          'explaining significant decisions in writing, where everyone can read them;',
          'listening before deciding, and changing course when the arguments are good;',
          'following the same code of conduct as everyone else;',
          'preparing the project to outgrow this arrangement one day.',
        ),
      ),
      modules: [
        mod(
          'values',
          'transparency',
          'The lead explains significant decisions, and the reasons behind them, in public.',
        ),
        mod(
          'values',
          'accountability',
          'The lead answers questions about any decision and is bound by the same rules as every contributor.',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The lead and the people who help',
      body: paras(
        'The lead sets the overall direction, makes the final decision when people disagree, and appoints stewards and moderators. The lead is named at the top of this document.',
        'The lead may hand an area of the project (documentation, releases, the community forum, and so on) to a steward. Stewards make the day-to-day decisions in their area without asking first. The lead can overrule a steward, but will say so openly and explain why.',
        'The lead keeps a written note of who should take over if they step down or can no longer serve. If the lead is unreachable for 30 days, the stewards act together as an interim team until the lead returns or a successor is confirmed.',
      ),
      modules: [
        mod(
          'roles',
          'steward',
          'Looks after one area of the project with the freedom to decide day-to-day matters there.',
          'Appointed by the lead; each appointment reviewed every 6 months',
        ),
        mod(
          'roles',
          'moderator',
          'Keeps our spaces welcoming and enforces the code of conduct, including on behalf of people who find the lead hard to approach.',
          'At least 2 moderators at all times',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'Anyone may propose a change by opening a thread or issue that says what they want to do and why. Small, easily reversed changes can simply go ahead: if you are working on it and it sits in your area, just do it.',
        'For significant changes (the project direction, our name, licensing, money, or who holds a role) the lead leaves the proposal open for comment for at least 3 days before deciding. Urgent matters such as security fixes may be decided straight away and explained afterwards.',
        'The lead records every significant decision in the decision log with a short explanation. A decision the lead has made stands until the lead changes it, and anyone may ask the lead to reconsider when new information comes to light.',
      ),
      modules: [
        mod(
          'decisions',
          'executive-decision',
          'The lead makes the final call on significant matters after listening to the community.',
          'Minimum comment period for significant changes: 3 days',
        ),
        mod('decisions', 'delegation', 'Stewards decide within their own areas without needing the lead to sign off.'),
        mod(
          'decisions',
          'veto',
          'The lead may stop any change from going ahead, and gives a written reason when doing so.',
        ),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Contributors',
      body: paras(
        'Anyone can take part. You become a contributor the moment you join a discussion, file a report or send a change, as long as you follow our code of conduct.',
        'Stewards and moderators are invited by the lead, usually from among people who have contributed steadily for a few months. Anyone may leave at any time. Someone who repeatedly breaks the code of conduct may be removed by the moderators, with the reasons recorded privately and the person told what they were.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who follows the code of conduct can contribute.'),
        mod(
          'membership',
          'leaving-and-removal',
          'People can leave freely; removal happens only for repeated or serious code of conduct breaches, and the person is always told why.',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When we disagree',
      body: paras(
        'Disagreeing with the lead is welcome and is not disloyal. Start by talking directly with the person concerned. If that does not settle it, raise it in a public thread; the lead will respond within 7 days.',
        'Code of conduct concerns go to the moderators. If a concern is about the lead, it goes to a trusted person outside the project whom the lead names in advance, and the lead steps back from handling it.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk to the person concerned before escalating.'),
        mod('conflict', 'code-of-conduct', 'Applies to everyone, the lead included.'),
        mod(
          'conflict',
          'escalation-path',
          'From direct conversation, to a public thread, to the lead, or to a named outside person when the lead is involved.',
          'Lead responds to escalations within 7 days',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing this arrangement',
      body: paras(
        'The lead may change these rules, but will post any change at least 14 days before it takes effect so that people can comment.',
        'A benevolent dictatorship suits a project while it is young. Once a year, and whenever the sunset clause below is reached, we ask openly whether it still fits, and whether it is time to move to a council or an elected board.',
      ),
      modules: [
        mod(
          'amendments',
          'annual-review',
          'Each year the lead opens a thread asking whether this structure still serves the project.',
        ),
        mod(
          'amendments',
          'sunset-clause',
          'This arrangement is reconsidered when the project grows past it.',
          'Revisit after 2 years or once there are more than 10 regular contributors, whichever comes first',
        ),
      ],
    },
  ],
})

const selfAppointedBoard = template({
  slug: 'self-appointed-board',
  title: 'Self-Appointed Board',
  category: 'oligarchic',
  summary:
    'The founders form a board that steers the group and makes its decisions until they choose to change the structure. Stable and clear while a group gets established, with firm commitments to keep members informed.',
  sortOrder: 2,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we are organised this way',
      body: paras(
        'The founders took responsibility for starting this group, and for now they also take responsibility for running it. A small, committed board gives us stability and a clear point of contact while we find our footing.',
        'Holding decisions in a few hands is a responsibility, not a privilege. The board promises to work in the open, to report back regularly, and to say honestly when it is time to share power more widely.',
      ),
      modules: [
        mod('values', 'transparency', 'Board decisions and their reasons are published to members.'),
        mod('values', 'accountability', 'The board answers members’ questions at open meetings and in writing.'),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The board',
      body: paras(
        'The board is made up of the founders named in this document and has between 3 and 7 members. Each year the board chooses from among its members a chair, a secretary and a treasurer.',
        'The board may invite someone new to join it, but only if every current board member agrees. A board member may step down at any time and is asked to give 30 days’ notice so that their work can be handed over.',
      ),
      modules: [
        mod(
          'roles',
          'board-member',
          'Founders who make decisions on behalf of the group.',
          'Size: 3 to 7 people; new board members join by unanimous invitation',
        ),
        mod('roles', 'secretary', 'Prepares board agendas and publishes minutes.'),
        mod('roles', 'treasurer', 'Keeps the accounts and presents them to members.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How the board decides',
      body: paras(
        'The board meets at least once a month. A meeting can make decisions when more than half of board members are present. The board aims to agree; if it cannot reach agreement on a matter across two meetings, it decides by majority vote, and the chair does not get a casting vote.',
        'Urgent decisions can be made between meetings by email or chat, provided every board member has had 48 hours to respond and none objects. These decisions are noted in the next minutes.',
        'Any member may bring a proposal to the board. The board will respond in writing within 30 days, saying what it decided and why.',
      ),
      modules: [
        mod('decisions', 'consensus', 'The board first tries to reach a decision that every board member can accept.'),
        mod(
          'decisions',
          'majority-vote',
          'If agreement fails across two meetings, the board votes and a simple majority decides.',
        ),
        mod(
          'decisions',
          'quorum',
          'Board decisions need enough board members present.',
          'More than half of board members present',
        ),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Members',
      body: paras(
        'Anyone who shares our purpose may apply to join. The board reviews applications and responds within 14 days. If an application is declined, the person is told why.',
        'Members can attend open sessions, put questions and proposals to the board, and take part in all of our activities. Members may leave at any time. The board may remove a member only for a serious breach of the code of conduct, after hearing the member’s side.',
      ),
      modules: [
        mod(
          'membership',
          'application-and-approval',
          'People apply and the board approves.',
          'Board responds within 14 days',
        ),
        mod(
          'membership',
          'leaving-and-removal',
          'Leaving is always free; removal requires a serious breach and a chance to be heard.',
        ),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Keeping members informed',
      body: paras(
        'Because members do not sit on the board, we work hard to keep them in the picture:',
        bullets(
          'board minutes are published to members within 7 days of each meeting;',
          'every three months we hold an open meeting where any member can question the board;',
          'each year the board publishes a short report covering what we did, what we spent and what we plan next.',
        ),
      ),
      modules: [
        mod(
          'communication',
          'public-minutes',
          'Board minutes are shared with all members.',
          'Published within 7 days of each meeting',
        ),
        mod(
          'communication',
          'regular-meetings',
          'Open meetings where members can question the board.',
          'Quarterly, announced at least 14 days ahead',
        ),
        mod('communication', 'transparency-of-finances', 'Income and spending appear in the annual report.'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Handling conflict',
      body: paras(
        'If you have a problem with another member, please talk to them first. If that does not help, ask a board member who is not involved to help you both find a way forward.',
        'If your concern is about the board itself or one of its members, you can ask for an independent mediator from outside the group. The board will arrange one and the group will cover any cost.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Members talk to each other before involving the board.'),
        mod(
          'conflict',
          'mediation',
          'A neutral mediator is available, from outside the group when the board is involved.',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing the structure',
      body: paras(
        'The board may change these rules when every board member agrees, after sharing the proposed change with members at least 30 days in advance and listening to their comments.',
        'At each annual meeting the board asks whether the time has come to open up the structure, for example by adding seats elected by members, and publishes its answer and reasons.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-consensus',
          'Rule changes need the agreement of every board member.',
          'Members notified at least 30 days before any change',
        ),
        mod(
          'amendments',
          'annual-review',
          'Each year the board considers whether to share decision-making more widely.',
        ),
      ],
    },
  ],
})

const electedBoard = template({
  slug: 'elected-board',
  title: 'Elected Board',
  category: 'representative',
  summary:
    'Members elect a board for fixed terms to make decisions on their behalf. The board reports back regularly, and members keep the power to set its limits and to recall it.',
  sortOrder: 3,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What guides us',
      body: paras(
        'Our members are the source of the board’s authority. The board is trusted to get on with the work between elections, and it remains answerable to the people who chose it.',
        'We want standing for the board to be possible for any member, not only those with the most free time or confidence, so we share the work fairly and support first-time candidates.',
      ),
      modules: [
        mod('values', 'accountability', 'The board answers to members and reports back on what it has done.'),
        mod('values', 'inclusion', 'Any member can vote and stand for election, and we support new candidates.'),
        mod('values', 'transparency', 'Board papers, minutes and accounts are open to members.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Who our members are',
      body: paras(
        'Anyone who supports our purpose can become a member by signing up and paying the annual dues. Anyone for whom the dues are a barrier can have them reduced or waived simply by asking the treasurer; no reasons are needed and the request stays confidential.',
        'Each member has one vote. Members may leave at any time. A member may be removed only by the board after a fair hearing, and may appeal to the next general meeting.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who supports our purpose may join.'),
        mod(
          'membership',
          'dues',
          'An annual contribution that funds our work.',
          'Amount set each year at the general meeting; reduced or waived on request, no questions asked',
        ),
        mod(
          'membership',
          'leaving-and-removal',
          'Removal follows a hearing and can be appealed to the general meeting.',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The board and elections',
      body: paras(
        'The board has 5 members, elected by all members at the annual general meeting. Terms last 2 years and are staggered, so that 2 or 3 seats are up for election each year. The board chooses a chair, secretary and treasurer from among its members.',
        'Any member may stand for election. Nobody may serve more than 3 consecutive terms; after a year off they may stand again. If a seat falls empty mid-term, the board may appoint a member to fill it until the next annual general meeting.',
        'If 20% of members sign a petition to recall a board member, a special general meeting is held within 30 days. The board member is removed if two-thirds of the votes cast support the recall.',
      ),
      modules: [
        mod(
          'roles',
          'board-member',
          'Elected by members to make decisions on their behalf.',
          'Seats: 5. Term: 2 years, staggered',
        ),
        mod(
          'roles',
          'term-limits',
          'Keeps the board fresh and gives more members a chance to serve.',
          'Maximum 3 consecutive terms, then at least 1 year off',
        ),
        mod(
          'roles',
          'recall',
          'Members can remove a board member between elections.',
          'Petition: 20% of members. Removal: two-thirds of votes cast at a special general meeting',
        ),
        mod('roles', 'treasurer', 'A board member who manages the accounts and the confidential dues waivers.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'The board makes day-to-day decisions and manages the budget agreed by members. Board meetings can decide when at least 3 of the 5 board members are present, and decisions pass by simple majority of those present.',
        'Some decisions are reserved for members at a general meeting:',
        bullets(
          'electing and recalling board members;',
          'approving the annual budget and any single expense above 10% of it;',
          'changing these rules;',
          'merging with another organisation or closing the group.',
        ),
        'Board elections use a ranked-choice vote. Other votes at general meetings are decided by simple majority unless these rules say otherwise, and need at least 20% of members to take part.',
      ),
      modules: [
        mod('decisions', 'delegation', 'Members hand day-to-day decisions and the agreed budget to the board.'),
        mod('decisions', 'majority-vote', 'Used for board decisions and most general meeting votes.'),
        mod(
          'decisions',
          'quorum',
          'Ensures enough people take part for a decision to count.',
          'Board: 3 of 5. General meeting: 20% of members',
        ),
        mod('decisions', 'ranked-choice-vote', 'Used to elect the board, so that winners have broad support.'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Reporting back',
      body: paras(
        'Board meetings are open for any member to observe, except for items that involve someone’s personal information. Minutes are published within 7 days.',
        'At the annual general meeting the board reports on the year, presents the accounts and answers questions. The treasurer shares a short financial summary with members every three months.',
      ),
      modules: [
        mod(
          'communication',
          'regular-meetings',
          'Board and members meet on a predictable schedule.',
          'Board: monthly. Annual general meeting: once a year, with 21 days’ notice',
        ),
        mod(
          'communication',
          'public-minutes',
          'Every member can read what the board decided.',
          'Published within 7 days',
        ),
        mod(
          'communication',
          'transparency-of-finances',
          'Members see how their money is spent.',
          'Quarterly summary plus full annual accounts',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Resolving conflict',
      body: paras(
        'If you have a disagreement with another member, try talking it through with them first. If that does not work, either of you can ask for mediation by two members who are not on the board and not involved.',
        'If you disagree with a decision the board has made about you, you can appeal to the next general meeting, where members decide. Board members declare any personal interest in a matter and step out of that decision.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Members talk to each other before involving anyone else.'),
        mod('conflict', 'mediation', 'Two uninvolved members, not from the board, help find a way forward.'),
        mod('conflict', 'appeals', 'Board decisions about individuals can be appealed to a general meeting.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Any member or the board may propose a change to these rules. The proposal must be sent to all members at least 21 days before the general meeting where it will be voted on.',
        'A change is adopted if two-thirds of the votes cast support it and the meeting has a quorum.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of the votes cast at a general meeting.',
          'Notice: 21 days before the meeting',
        ),
      ],
    },
  ],
})

const consensus = template({
  slug: 'consensus',
  title: 'Consensus',
  category: 'direct',
  summary:
    'We make decisions together, and a proposal goes ahead only when everyone can accept it, or at least no one holds a principled block. Slower than voting, but our decisions carry the whole group with them.',
  sortOrder: 4,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What we hold to',
      body: paras(
        'Every member’s voice matters equally. We would rather take a little longer and bring everyone with us than move fast and leave people behind.',
        'Consensus asks a lot of us: to listen generously, to say what we really think, and to look for the solution that works for the group rather than the one we walked in with.',
      ),
      modules: [
        mod('values', 'inclusion', 'Everyone can take part in every decision, and we make room for quieter voices.'),
        mod('values', 'care', 'We disagree kindly and remember that we are on the same side.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Joining the group',
      body: paras(
        'Because every member can block a decision, we take joining seriously. Someone who wants to join asks an existing member to sponsor them and attends at least 2 meetings. Their membership is then agreed at the next meeting.',
        'For the first 3 months new members take full part in discussions and can agree, stand aside or raise concerns, but cannot block. This gives everyone time to get to know each other and the way we work. Members may leave at any time.',
      ),
      modules: [
        mod(
          'membership',
          'sponsorship-by-a-member',
          'An existing member welcomes the newcomer and explains how we work.',
        ),
        mod(
          'membership',
          'probation-period',
          'New members learn our ways before they can block.',
          '3 months; during this time new members may agree, stand aside or raise concerns, but not block',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How we reach consensus',
      body: paras(
        'Proposals are shared in writing at least 7 days before the meeting where they will be discussed. At the meeting we work through them together:',
        bullets(
          'the proposer explains the proposal and anyone may ask clarifying questions;',
          'we discuss concerns openly, and the proposal may be changed to meet them;',
          'the facilitator tests for consensus, and each member says whether they *agree*, *stand aside* (they will not stand in the way but do not want to take part) or *block*.',
        ),
        'A block is serious. It is only for when a proposal goes against our shared purpose or values, not for personal preference, and the person blocking commits to working with others on an alternative. If 3 or more members stand aside, we take that as a sign to keep talking.',
        'If we have not reached consensus after discussing a proposal at 3 meetings, it is dropped and things stay as they are, unless the group agrees by consensus to settle that particular question another way.',
      ),
      modules: [
        mod(
          'decisions',
          'consensus',
          'A proposal passes when everyone agrees or stands aside and nobody blocks.',
          'Responses: agree, stand aside, block. Three or more stand-asides means we keep talking',
        ),
        mod(
          'decisions',
          'veto',
          'Any full member may block a proposal that goes against our shared purpose or values.',
          'A block must be explained, and the person blocking helps look for an alternative',
        ),
        mod(
          'decisions',
          'quorum',
          'Decisions need most of the group present.',
          'Two-thirds of members present, in person or online',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Roles in our meetings',
      body: paras(
        'Each meeting has a facilitator, who keeps the discussion moving and makes sure everyone is heard, and a note-taker, who records proposals, concerns and decisions word for word.',
        'Both roles rotate at every meeting, so that everyone learns these skills and nobody becomes the permanent voice of the group. Anyone who has not facilitated before can pair with someone who has.',
      ),
      modules: [
        mod('roles', 'facilitator', 'Guides the meeting and tests for consensus, without pushing the outcome.'),
        mod('roles', 'secretary', 'Records the exact wording of each decision.'),
        mod('roles', 'rotation', 'Meeting roles pass around the group.', 'Both roles change every meeting'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Meetings and proposals',
      body: paras(
        'We meet once a month, and more often when there is a lot to decide. Proposals and the discussion around them live in one shared thread, so that members who cannot come in person can still read along and share concerns beforehand.',
        'Notes of every meeting, including the exact wording of decisions, are shared with all members within 5 days.',
      ),
      modules: [
        mod(
          'communication',
          'regular-meetings',
          'Where consensus decisions are made.',
          'Monthly, with the agenda shared 7 days ahead',
        ),
        mod('communication', 'async-proposals-thread', 'Proposals are posted and discussed here before the meeting.'),
        mod(
          'communication',
          'public-minutes',
          'Decisions are recorded and shared with every member.',
          'Shared within 5 days',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When things get difficult',
      body: paras(
        'If something is wrong between you and another member, talk with them first, ideally in person and soon. If that does not help, either of you can ask another member you both trust to mediate.',
        'When someone has been hurt, we hold a restorative circle: the people involved meet with a facilitator to understand what happened and agree together how to put it right.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk to each other first, early and honestly.'),
        mod('conflict', 'mediation', 'A trusted member helps when direct conversation is not enough.'),
        mod(
          'conflict',
          'restorative-circle',
          'Used when harm has been done, to repair relationships rather than to punish.',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'These rules are changed in the same way we make every other decision: by consensus, after the proposed change has been shared at least 14 days before the meeting.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-consensus',
          'Rule changes need everyone’s agreement or a stand-aside.',
          'Proposed changes shared 14 days before the meeting',
        ),
      ],
    },
  ],
})

const lazyConsensus = template({
  slug: 'lazy-consensus',
  title: 'Lazy Consensus',
  category: 'direct',
  summary:
    'Anyone can propose something, and it goes ahead after a set waiting period unless someone objects. Silence means yes, and an objection starts a conversation rather than ending one.',
  sortOrder: 5,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we work this way',
      body: paras(
        'We trust each other to get things done. Most decisions do not need a meeting or a vote; they need someone to say clearly what they plan to do and give others a fair chance to raise concerns.',
        'Silence only means yes if everyone could have spoken up. That is why every proposal is made in the open, with a clear deadline, where any member can see it.',
      ),
      modules: [
        mod('values', 'autonomy', 'Members can act on their proposals without waiting for everyone to say yes.'),
        mod('values', 'transparency', 'Every proposal is posted openly, so silence is informed.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How proposals pass',
      body: paras(
        'Any member may make a proposal by posting it in the proposals thread. A good proposal says what you want to do, why, and the date and time the waiting period ends.',
        bullets(
          'Routine proposals wait 72 hours.',
          'Significant proposals wait 7 days: anything that spends more than 10% of our funds, speaks publicly for the group or removes a member.',
          'Changes to these rules wait 14 days (see below).',
          'If nobody objects by the deadline, the proposal passes and the proposer records the outcome in the thread.',
          'Messages of support are welcome but not needed.',
        ),
        'An objection must say what the concern is and, ideally, what would resolve it. The proposer and the objector then work on it together. If the proposal changes substantially, the waiting period starts again.',
        'If an objection is still unresolved 14 days after it was raised, the question goes to a simple majority vote of members, open for 5 days.',
      ),
      modules: [
        mod(
          'decisions',
          'lazy-consensus',
          'A proposal passes at the end of its waiting period unless someone objects.',
          'Routine: 72 hours. Significant: 7 days. The clock restarts if a proposal changes substantially',
        ),
        mod(
          'decisions',
          'majority-vote',
          'The fallback when an objection cannot be worked out.',
          'After 14 days of unresolved objection; voting open for 5 days; simple majority of votes cast',
        ),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Membership',
      body: paras(
        'Anyone who agrees with our purpose and code of conduct can join the group and its proposals thread. As a member you can make proposals, object to them and vote when a vote is needed.',
        'Members may leave at any time. Removing a member is a significant proposal, with a 7-day waiting period, and the member concerned is told about it directly and can respond.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who accepts our purpose and code of conduct can join.'),
        mod(
          'membership',
          'leaving-and-removal',
          'Removal is a significant proposal that the member concerned can respond to.',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Keeping track',
      body: paras(
        'One member acts as the proposals steward. They watch the deadlines, gently remind proposers to record outcomes, and post a weekly round-up of what passed, what is open and what is under discussion.',
        'The steward does not decide anything. The role changes hands every 3 months, to a volunteer if there is one and otherwise to the member who has held it least recently.',
      ),
      modules: [
        mod('roles', 'steward', 'Keeps the proposals thread tidy and posts a weekly round-up.'),
        mod('roles', 'rotation', 'The steward role passes on regularly.', 'Every 3 months'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Where we talk',
      body: paras(
        'All proposals live in a single proposals thread. A decision made in a private chat or a side conversation is not a decision until it has been posted there and its waiting period has passed.',
        'Once a week the steward posts a summary of passed decisions in the announcement channel, for members who do not follow every discussion.',
      ),
      modules: [
        mod('communication', 'async-proposals-thread', 'The one place where proposals are made and decided.'),
        mod(
          'communication',
          'announcement-channel',
          'A weekly summary of what has passed.',
          'Weekly round-up posted by the proposals steward',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Working through disagreement',
      body: paras(
        'Objections are part of how this works, not a sign that something has gone wrong. Please assume good faith, keep to the substance and talk directly with the person you disagree with.',
        'If a disagreement becomes personal or heated, either person may ask a member they both trust to mediate. Behaviour that breaks our code of conduct is handled under the code of conduct, not through proposals.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk with the person you disagree with before escalating.'),
        mod('conflict', 'mediation', 'A trusted member helps when a disagreement gets stuck or personal.'),
        mod('conflict', 'code-of-conduct', 'Sets out how we treat each other, and what happens when someone does not.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Changes to these rules are proposed like anything else, but with a 14-day waiting period. If an objection to a rule change cannot be resolved, the change needs two-thirds of the votes cast, not a simple majority.',
        'Each year we look back at how lazy consensus has worked for us: whether the waiting periods feel right and whether everyone feels able to object.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Used only when an objection to a rule change cannot be resolved.',
          'Waiting period for rule changes: 14 days',
        ),
        mod('amendments', 'annual-review', 'A yearly check that the process is still working for everyone.'),
      ],
    },
  ],
})

const majorityVote = template({
  slug: 'majority-vote',
  title: 'Majority Vote',
  category: 'direct',
  summary:
    'Members vote on proposals, and the option with more than half of the votes cast wins, provided enough members take part. Clear, familiar and fair when the group is too large or busy for everyone to agree.',
  sortOrder: 6,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our principles',
      body: paras(
        'Every member has an equal say: one member, one vote. We discuss before we vote, so that everyone can make an informed choice, and once a vote is decided we respect the result, including when we were on the losing side.',
        'A majority should never be used to silence people. Those who lose a vote can still ask questions, raise concerns and bring the matter back when circumstances change.',
      ),
      modules: [
        mod(
          'values',
          'inclusion',
          'Every member’s vote counts the same, and voting is possible online for those who cannot attend.',
        ),
        mod('values', 'transparency', 'Results, including the numbers, are published to all members.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Who can vote',
      body: paras(
        'Anyone who supports our purpose can join. New members can take part in discussions straight away and gain the right to vote 30 days after joining. The waiting period keeps votes from being swayed by last-minute sign-ups.',
        'Members may leave at any time. Removing a member requires a two-thirds vote, and the member concerned may speak before the vote.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who supports our purpose may join.'),
        mod(
          'membership',
          'probation-period',
          'A short wait before new members can vote.',
          'Voting rights begin 30 days after joining',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How we vote',
      body: paras(
        'Any member may make a proposal. It is posted for discussion for at least 7 days and then put to a vote, which is held either at a meeting or online over 5 days. Members vote yes, no or abstain.',
        bullets(
          'A proposal passes when more than half of the yes and no votes are yes.',
          'A vote only counts if at least one third of voting members take part; abstentions count towards this.',
          'When there are three or more options, including in elections, we use a ranked-choice vote.',
          'Changing these rules, removing a member or spending more than 25% of our reserves needs two-thirds of the votes cast.',
          'Votes about individual people are secret; all other votes are recorded.',
        ),
        'If a vote does not reach quorum, it is run once more the following week. If it fails again, the proposal lapses and can be brought back later.',
      ),
      modules: [
        mod(
          'decisions',
          'majority-vote',
          'The standard way we decide.',
          'More than half of yes and no votes; abstentions not counted in the result',
        ),
        mod(
          'decisions',
          'quorum',
          'Makes sure a decision reflects enough of the group.',
          'One third of voting members; abstentions count towards quorum',
        ),
        mod(
          'decisions',
          'ranked-choice-vote',
          'Used whenever there are more than two options.',
          'All elections and any vote with three or more options',
        ),
        mod(
          'decisions',
          'supermajority',
          'Protects against narrow majorities on weighty or hard-to-reverse matters.',
          'Rule changes, removing a member, spending more than 25% of reserves',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Running our votes',
      body: paras(
        'Members elect a facilitator, who chairs meetings, and a secretary, who opens and closes votes, counts them and publishes the results. Both serve for one year and can serve at most 2 years in a row.',
        'The secretary never votes on the question of their own role, and any member may ask to check the count.',
      ),
      modules: [
        mod('roles', 'facilitator', 'Chairs meetings and keeps discussion fair before votes.'),
        mod('roles', 'secretary', 'Runs votes, counts them and publishes the results.'),
        mod('roles', 'term-limits', 'Keeps these roles moving between members.', 'One-year terms; at most 2 in a row'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Meetings and records',
      body: paras(
        'We hold a members’ meeting every month. Proposals are posted in the proposals thread at least 7 days before they are voted on, so that everyone has a chance to read and comment.',
        'The secretary publishes every result, with the numbers for, against and abstaining, within 48 hours of a vote closing.',
      ),
      modules: [
        mod('communication', 'regular-meetings', 'A monthly members’ meeting.', 'Monthly; agenda shared 7 days ahead'),
        mod('communication', 'async-proposals-thread', 'Where proposals are posted and discussed before voting.'),
        mod(
          'communication',
          'public-minutes',
          'Results and meeting notes are open to all members.',
          'Results published within 48 hours',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Disagreements and appeals',
      body: paras(
        'If you have a problem with another member, speak with them first. If that does not resolve it, ask the facilitator to arrange mediation with someone neither of you is close to.',
        'If you believe a vote was run unfairly, or important information came to light afterwards, you can ask for it to be reconsidered. If 10% of members support the request within 14 days of the result, the question is put to a fresh vote.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Speak with the person concerned first.'),
        mod('conflict', 'mediation', 'Arranged by the facilitator with a neutral person.'),
        mod(
          'conflict',
          'appeals',
          'A way to reopen a vote that went wrong.',
          'Supported by 10% of members within 14 days of the result',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'These rules can be changed by a two-thirds vote, after the proposed change has been open for discussion for at least 14 days. Every year, at the first meeting of the year, we read through these rules and ask whether anything needs updating.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of the votes cast.',
          'Discussion period: 14 days',
        ),
        mod('amendments', 'annual-review', 'A yearly read-through at the first meeting of the year.'),
      ],
    },
  ],
})

const doOcracy = template({
  slug: 'do-ocracy',
  title: 'Do-ocracy',
  category: 'decentralised',
  summary:
    'Whoever steps up to do the work decides how it gets done. Responsibility follows initiative, and we check in with each other whenever our work affects others.',
  sortOrder: 7,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our spirit',
      body: paras(
        'We value doing over debating. If something needs doing and you care about it, you are already the right person. You do not need permission to be useful.',
        'With that freedom comes responsibility. Finish what you start or hand it on, tell others what you are doing, and treat other people’s work with respect.',
      ),
      modules: [
        mod('values', 'autonomy', 'People who take something on decide how to do it.'),
        mod(
          'values',
          'accountability',
          'If you pick something up, you keep others informed and see it through or hand it on.',
        ),
        mod('values', 'care', 'We thank people for their work and take care not to undo it carelessly.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Who decides',
      body: paras(
        'The person doing the work decides how it is done. People who are also helping have more say than people who are only commenting. If you think something should be done differently, the best way to make that case is to offer to do it.',
        'Some things affect everyone, and for those we give people a chance to speak up first:',
        bullets(
          'spending more than 5% of our shared funds;',
          'speaking publicly on behalf of the group;',
          'changing shared tools, spaces or accounts that others rely on;',
          'changing these rules.',
        ),
        'For these, post what you plan to do in the announcement channel and wait 5 days (14 days for changes to these rules). If nobody objects, go ahead. If someone objects, talk it through with them before you continue.',
        'Please do not undo someone else’s work without talking to them first.',
      ),
      modules: [
        mod('decisions', 'executive-decision', 'Whoever is doing a task makes the calls about how it is done.'),
        mod(
          'decisions',
          'lazy-consensus',
          'For things that affect everyone, a heads-up and a chance to object.',
          'Waiting period: 5 days, or 14 days for rule changes. Applies to spending over 5% of shared funds, public statements, shared tools and rule changes',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Picking up and letting go',
      body: paras(
        'When you take on a task, put your name next to it on the shared task board. That tells everyone it is in hand and who to talk to about it.',
        'If a task has not moved for 14 days, someone may check in with you. After 30 days without progress or reply, anyone may pick it up. When you hand something on, leave enough notes for the next person to carry on.',
        'Some areas need ongoing care, such as the website, the space or the finances. Anyone may become the steward of an area by announcing it. Stewards check in with the group every 3 months about how things are going and whether they want to continue.',
      ),
      modules: [
        mod(
          'roles',
          'steward',
          'Looks after an ongoing area on the group’s behalf.',
          'Self-nominated by announcement; check-in every 3 months',
        ),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Who is part of this',
      body: paras(
        'You are a member as soon as you show up and start helping. There is no application and no fee. Everyone follows our code of conduct.',
        'You can step back at any time; just hand on anything you have claimed. In the rare case that someone repeatedly harms the group or its members, those affected can ask for them to be removed through the conflict process below.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who shows up and helps is a member.'),
        mod(
          'membership',
          'leaving-and-removal',
          'Step back freely, handing on your tasks; removal only through the conflict process.',
        ),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Showing our work',
      body: paras(
        'Because no one approves work in advance, it matters that work is visible. Post a short note in the announcement channel when you start something significant and when you finish it.',
        'Once a month we get together for a show-and-tell: people share what they have been doing, ask for help and notice what nobody has picked up yet.',
      ),
      modules: [
        mod(
          'communication',
          'announcement-channel',
          'Where people say what they are starting and what they have finished.',
        ),
        mod('communication', 'regular-meetings', 'A monthly show-and-tell.', 'Monthly, open to everyone'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When our work collides',
      body: paras(
        'Sometimes two people want to do the same thing in different ways. Talk to each other first. Often you can both try your approach and compare, or the person who is doing most of the work decides.',
        'If you cannot sort it out between you, ask someone you both trust to mediate. Behaviour that breaks our code of conduct is never excused by how much work someone does.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk to the other person before anything else.'),
        mod('conflict', 'mediation', 'A trusted third person helps when two approaches collide.'),
        mod('conflict', 'code-of-conduct', 'Applies to everyone, however much they contribute.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Anyone may propose a change to these rules by posting it in the announcement channel. It takes effect after 14 days if nobody objects; if someone does, we talk it through until we find a version nobody objects to.',
        'Once a year, at a show-and-tell, we ask whether our do-ocracy is still working for everyone, including the people whose work is least visible.',
      ),
      modules: [
        mod(
          'amendments',
          'annual-review',
          'A yearly check on whether our do-ocracy is fair and working.',
          'Rule changes need a 14-day heads-up with no unresolved objection',
        ),
      ],
    },
  ],
})

const circles = template({
  slug: 'circles',
  title: 'Circles',
  category: 'decentralised',
  summary:
    'Work is organised into semi-autonomous circles, each owning a clear domain and deciding by consent. Linking roles connect the circles, so information and accountability flow both ways.',
  sortOrder: 8,
  featured: true,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our principles',
      body: paras(
        'We want decisions to be made by the people closest to the work, while staying connected to our shared purpose. Circles give each group of people a clear area they can decide about, and a clear way to stay in touch with everyone else.',
        'We decide by consent: a decision does not have to be everyone’s favourite, it has to be *good enough for now and safe enough to try*. We learn by trying things and reviewing them.',
      ),
      modules: [
        mod('values', 'autonomy', 'Each circle decides for itself within its own domain.'),
        mod('values', 'transparency', 'Every circle’s aims, members and decisions are visible to everyone.'),
        mod('values', 'accountability', 'Circles answer to the circle that created them, through their linking roles.'),
      ],
    },
    {
      id: 'circles',
      kind: 'custom',
      title: 'Circles and domains',
      body: paras(
        'The general circle holds the overall purpose of the group. It creates new circles, changes them and closes them when they are no longer needed.',
        'Every circle has a written aim (what it is for) and a domain (what it gets to decide about). Within its domain a circle makes its own decisions, without asking permission. Decisions that reach beyond its domain are taken to the circle that holds that area.',
        'A circle may create sub-circles within its own domain, following the same rules.',
      ),
      modules: [
        mod(
          'decisions',
          'delegation',
          'The general circle hands each circle a domain it can decide about.',
          'Each circle’s aim and domain are written down and published',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Roles and linking',
      body: paras(
        'Each circle has four roles, chosen by consent of its members:',
        bullets(
          'a *facilitator*, who runs the circle’s meetings;',
          'a *secretary*, who keeps the circle’s records and decision log;',
          'a *leader*, chosen by the parent circle, who takes part in the circle and keeps its work aligned with the wider aim;',
          'a *delegate*, chosen by the circle, who takes part in the parent circle and carries the circle’s view there.',
        ),
        'The leader and delegate together form a double link between circles, so information and concerns can travel in both directions. The leader and delegate roles must be held by different people. All roles are held for one year and can be renewed by consent.',
      ),
      modules: [
        mod('roles', 'facilitator', 'Runs circle meetings and guides consent rounds.'),
        mod('roles', 'secretary', 'Keeps the circle’s records, decision log and review dates.'),
        mod(
          'roles',
          'term-limits',
          'Roles are reviewed regularly, so they can move on.',
          'Role terms: 1 year; renewal by consent',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Deciding by consent',
      body: paras(
        'Circles make policy decisions by consent, in a meeting or in writing:',
        bullets(
          'the proposer presents the proposal;',
          'a round of clarifying questions, one person at a time;',
          'a round of quick reactions;',
          'the proposer may amend the proposal;',
          'a consent round, in which each member says either that they consent or that they have an objection.',
        ),
        'An objection must be reasoned: it explains how the proposal would harm the circle’s ability to achieve its aim. The circle then works the objection into the proposal until nobody objects. A preference is not an objection.',
        'Every decision has a review date, after which the circle looks at it again. A circle can decide when at least two-thirds of its members take part.',
      ),
      modules: [
        mod(
          'decisions',
          'consent',
          'A proposal passes when no member has a reasoned objection.',
          'Every policy needs a review date; the default is 6 months',
        ),
        mod('decisions', 'quorum', 'Enough of the circle must take part.', 'Two-thirds of circle members'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Joining and leaving circles',
      body: paras(
        'Anyone who shares our purpose can join the organisation. To join a particular circle, ask its facilitator; the circle agrees to new members by consent. A person can belong to more than one circle.',
        'You may leave a circle at any time after handing over your responsibilities. A circle can ask someone to leave by consent of its other members, and that person may ask the parent circle to review the decision.',
      ),
      modules: [
        mod('membership', 'application-and-approval', 'Circles welcome new members by consent.'),
        mod(
          'membership',
          'leaving-and-removal',
          'Members can leave after a handover; removal can be reviewed by the parent circle.',
        ),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Meetings and records',
      body: paras(
        'Each circle meets at least once a month. Minutes, including every decision and its review date, go into a shared decision log that anyone in the organisation can read.',
        'At every meeting of the parent circle, the delegates report what their circles have decided and any concerns they are carrying.',
      ),
      modules: [
        mod('communication', 'regular-meetings', 'Each circle meets on a predictable schedule.', 'At least monthly'),
        mod('communication', 'public-minutes', 'All circle decisions go into one shared decision log.'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Tensions and conflicts',
      body: paras(
        'We call anything that feels off a *tension*, and we treat tensions as useful information. Bring them to your circle’s meeting, where they can turn into proposals.',
        'Personal conflicts start with a direct conversation, then mediation if needed. When two circles disagree about who holds a domain, or about a decision that touches both, the question goes to the smallest circle that contains them both.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Personal conflicts start with a conversation.'),
        mod('conflict', 'mediation', 'A neutral member helps if a conversation does not resolve it.'),
        mod(
          'conflict',
          'escalation-path',
          'Disputes between circles go to the nearest circle that contains them both.',
        ),
      ],
    },
  ],
})

const jury = template({
  slug: 'jury',
  title: 'Jury',
  category: 'sortition',
  summary:
    'When a question is contested, a small panel of members chosen at random hears from those involved and decides. Everyday matters stay with the people doing the work; a jury steps in when we cannot agree.',
  sortOrder: 9,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we use juries',
      body: paras(
        'When we disagree, we do not want the loudest voices, the longest-standing members or the most online to win. A jury drawn at random gives every member the same chance to shape hard decisions, and brings fresh eyes to questions that have got stuck.',
        'Serving on a jury is a shared responsibility, like taking a turn on the rota. We support jurors with clear information and time, and we respect what they decide.',
      ),
      modules: [
        mod('values', 'inclusion', 'Any eligible member may be drawn, whatever their standing in the group.'),
        mod('values', 'accountability', 'Juries publish their decisions and reasons.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'Most decisions do not need a jury. Anyone may post a proposal in the proposals thread, and it passes after 5 days unless someone objects.',
        'A question goes to a jury when an objection has not been resolved within 14 days, or when any 3 members ask for one. The jury hears from those involved and makes a decision that at least 5 of its 7 jurors support. The decision stands for at least 12 months, unless it is overturned on appeal.',
      ),
      modules: [
        mod('decisions', 'lazy-consensus', 'Everyday proposals pass unless someone objects.', 'Waiting period: 5 days'),
        mod(
          'decisions',
          'supermajority',
          'A jury decides when at least two-thirds of its jurors agree.',
          'At least 5 of 7 jurors',
        ),
      ],
    },
    {
      id: 'jury-selection',
      kind: 'roles',
      title: 'Forming a jury',
      body: paras(
        'A jury has 7 members drawn at random from all eligible members. To be eligible you must have been a member for at least 3 months and not be directly involved in the question.',
        'The draw is held openly, at a meeting or on a call that any member can join, using a method anyone can check, such as numbered names and dice. Anyone drawn may decline once without giving a reason, and another name is drawn in their place.',
        'The jurors choose one of themselves to facilitate. If jurors need help with time, travel or care costs to take part, the group covers them.',
      ),
      modules: [
        mod(
          'roles',
          'sortition',
          'Jurors are chosen by lot from all eligible members.',
          'Jury size: 7. Eligible: members for 3+ months who are not party to the question. Each person may decline once',
        ),
        mod('roles', 'facilitator', 'A juror chosen by the others to guide the jury’s work.'),
      ],
    },
    {
      id: 'hearings',
      kind: 'custom',
      title: 'Hearing and deciding',
      body: paras(
        'Each side of the question submits a short written statement within 7 days of the draw. The jury then holds a hearing, where each side has 15 minutes to speak and jurors may ask questions. Jurors may also invite anyone else whose views they think would help.',
        'The jury deliberates privately. It publishes its decision, with a short explanation, within 21 days of the draw. What jurors said in deliberation stays confidential.',
      ),
      modules: [
        mod(
          'communication',
          'public-minutes',
          'The decision and its reasons are published; deliberations stay private.',
          'Decision published within 21 days of the draw',
        ),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Membership',
      body: paras(
        'Anyone who shares our purpose and agrees to our code of conduct can join. New members can take part in everything straight away and join the jury pool after 3 months. Members may leave at any time.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who accepts our purpose and code of conduct can join.'),
        mod(
          'membership',
          'probation-period',
          'New members join the jury pool after getting to know the group.',
          'Eligible for juries after 3 months',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Conflicts and appeals',
      body: paras(
        'Personal disagreements start with a direct conversation and then mediation. If a conflict is still unresolved, or a code of conduct complaint is disputed, either person may ask for a jury.',
        'A jury’s decision can be appealed once, within 14 days, on the grounds that there is important new information or that the process was unfair. An appeal is heard by a fresh jury of 11 members, none of whom sat on the first.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Start by talking it through.'),
        mod('conflict', 'mediation', 'A neutral member helps before a jury is needed.'),
        mod('conflict', 'jury-review', 'Unresolved conflicts and disputed complaints can go to a jury.'),
        mod(
          'conflict',
          'appeals',
          'One chance to appeal to a larger jury.',
          'One appeal, within 14 days, heard by a fresh jury of 11',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Any member may propose a change to these rules. Proposals are open for comment for 30 days and are then decided by a jury of 11, which may accept, amend or reject them.',
        'Once a year a jury of 11 reviews how our juries have worked and may recommend changes.',
      ),
      modules: [
        mod(
          'amendments',
          'annual-review',
          'A yearly review carried out by a randomly selected jury.',
          'Rule changes: 30 days of comment, then decided by a jury of 11',
        ),
      ],
    },
  ],
})

const petition = template({
  slug: 'petition',
  title: 'Petition',
  category: 'direct',
  summary:
    'Any member can propose a change, and once enough members sign on, it goes to a vote of all members. Day-to-day work stays with the people doing it; petitions make sure anyone can put a question to the whole group.',
  sortOrder: 10,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our principles',
      body: paras(
        'Anyone should be able to put an idea to the whole group, whoever they are and however long they have been here. Signatures show that an idea has enough support to be worth everyone’s time, and a vote lets everyone have their say.',
      ),
      modules: [
        mod('values', 'inclusion', 'Every member can start a petition and every member can vote.'),
        mod('values', 'transparency', 'Petitions, signature counts and results are visible to all members.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Members',
      body: paras(
        'Anyone who supports our purpose can join. New members can sign petitions and vote 30 days after joining. Each member can sign each petition once.',
        'Members may leave at any time. Removing a member is not something a petition can do; it goes through the conflict process.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who supports our purpose may join.'),
        mod(
          'membership',
          'probation-period',
          'A short wait before new members can sign and vote.',
          'Signing and voting rights begin 30 days after joining',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Stewards and the petition clerk',
      body: paras(
        'Day-to-day work is looked after by stewards, who each take care of an area and make routine decisions there. Stewards volunteer and are confirmed at a members’ meeting.',
        'A petition clerk checks signatures, opens and closes votes and publishes results. The clerk is drawn by lot from volunteers every 6 months, and does not sign or campaign on petitions while serving.',
      ),
      modules: [
        mod('roles', 'steward', 'Handles routine decisions in their area.'),
        mod(
          'roles',
          'secretary',
          'The petition clerk runs the petition and voting process.',
          'Chosen by lot from volunteers every 6 months; stays neutral while serving',
        ),
      ],
    },
    {
      id: 'starting-a-petition',
      kind: 'custom',
      title: 'Starting a petition',
      body: paras(
        'Any member may start a petition by posting it in the petitions thread. A petition asks one clear question or proposes one clear change, and explains why.',
        bullets(
          'A petition needs signatures from 10% of members, and never fewer than 5, to go to a vote.',
          'Signatures must be collected within 30 days of posting.',
          'The clerk confirms the count within 3 days of the threshold being reached.',
          'A petition that fails to reach the threshold, or loses its vote, cannot be brought back on the same subject for 6 months unless 20% of members sign it.',
        ),
        'Petitions are about decisions, not people. A complaint about someone’s behaviour goes through the conflict process.',
      ),
      modules: [
        mod(
          'communication',
          'async-proposals-thread',
          'Petitions are posted and signed in one shared thread.',
          'Threshold: 10% of members (at least 5) within 30 days',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'From petition to vote',
      body: paras(
        'Once a petition qualifies, it is open for discussion for 7 days. During that time the person who started it may clarify the wording, but may not change what it asks. The vote is then open for 7 days, online and at any members’ meeting in that period.',
        'A petition passes when more than half of the votes cast support it, as long as at least a quarter of members vote. A petition that changes these rules needs two-thirds of the votes cast. Stewards carry out passed petitions and report back on progress within 30 days.',
      ),
      modules: [
        mod('decisions', 'majority-vote', 'A qualified petition passes with more than half of the votes cast.'),
        mod('decisions', 'quorum', 'Enough members must vote for the result to count.', 'At least 25% of members'),
        mod('decisions', 'supermajority', 'Required for petitions that change these rules.'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Keeping everyone informed',
      body: paras(
        'When a petition qualifies for a vote, the clerk posts it in the announcement channel, so that members who do not follow the petitions thread still hear about it. Results are posted there too, with the full numbers, within 48 hours of the vote closing.',
      ),
      modules: [
        mod(
          'communication',
          'announcement-channel',
          'Qualified petitions and results are announced here.',
          'Results posted within 48 hours',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Conflict',
      body: paras(
        'If you have a problem with another member, talk with them directly first. If that does not help, ask for mediation from a member neither of you is close to.',
        'Serious or repeated breaches of our code of conduct are handled by a panel of 3 members chosen by lot, who hear from everyone involved before deciding what should happen.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Start with a direct conversation.'),
        mod('conflict', 'mediation', 'A neutral member helps if needed.'),
        mod(
          'conflict',
          'code-of-conduct',
          'Breaches are heard by a small panel drawn by lot, never decided by petition.',
        ),
      ],
    },
  ],
})

const rotatingStewardship = template({
  slug: 'rotating-stewardship',
  title: 'Rotating Stewardship',
  category: 'rotational',
  summary:
    'Coordinating roles rotate among members on a fixed schedule, so that no one holds power for long and everyone learns how the group runs. Stewards serve, hand over and step back.',
  sortOrder: 11,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we rotate',
      body: paras(
        'When the same few people always run things, they burn out and everyone else loses touch with how the group works. By rotating our coordinating roles we share the load, spread knowledge and keep power from settling with anyone.',
        'Rotation only works if it is kind. Nobody is expected to be perfect in a role they hold for a few months, and we help each other learn.',
      ),
      modules: [
        mod('values', 'sustainability', 'Sharing the work keeps anyone from burning out.'),
        mod(
          'values',
          'care',
          'We support each other in new roles and make it easy to skip a turn when life gets in the way.',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The stewardship roles',
      body: paras(
        'We have four stewardship roles: *coordinator* (keeps track of what is happening and what is due), *treasurer* (money and accounts), *facilitator* (prepares and runs meetings) and *communications steward* (messages, channels and welcoming newcomers).',
        bullets(
          'Each role is held for 3 months.',
          'The rota is published a year ahead, so everyone knows when their turn is coming.',
          'Nobody holds more than one role at a time or the same role twice in a row.',
          'Members may swap turns with each other, and anyone may skip a turn without giving a reason.',
        ),
        'Each role has a handbook that the person holding it keeps up to date. Outgoing and incoming stewards overlap for 2 weeks so the new steward can shadow the old one and ask questions.',
      ),
      modules: [
        mod(
          'roles',
          'rotation',
          'Roles pass around the membership on a published rota.',
          'Term: 3 months. Handover overlap: 2 weeks. Rota published a year ahead',
        ),
        mod(
          'roles',
          'steward',
          'The coordinator and communications steward, who keep the group running between meetings.',
        ),
        mod('roles', 'treasurer', 'A rotating role, with the accounts handed over in full each time.'),
        mod('roles', 'facilitator', 'A rotating role that prepares agendas and runs meetings.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'Stewards make routine decisions within their roles, and each may spend up to 5% of our funds per month on their area without asking first. Anything larger, anything new, and anything that would bind future stewards comes to the monthly meeting.',
        'At the meeting we decide by consent: a proposal passes if nobody present has a reasoned objection that it would harm the group. A meeting can decide when at least half of members take part.',
      ),
      modules: [
        mod(
          'decisions',
          'delegation',
          'Stewards decide routine matters within their role.',
          'Spending limit: 5% of funds per steward per month',
        ),
        mod(
          'decisions',
          'consent',
          'Larger decisions pass at the monthly meeting unless someone has a reasoned objection.',
        ),
        mod('decisions', 'quorum', 'Enough members must take part.', 'Half of members'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Joining and the rota',
      body: paras(
        'Someone who wants to join asks an existing member to sponsor them. The sponsor introduces them at the next meeting and helps them through their first months.',
        'New members join the rota after 2 months, and usually start by shadowing a steward. Members may leave at any time, after handing over any role they hold.',
      ),
      modules: [
        mod('membership', 'sponsorship-by-a-member', 'A sponsor introduces and supports each new member.'),
        mod(
          'membership',
          'probation-period',
          'Time to settle in before taking a turn.',
          'Join the rota after 2 months',
        ),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Meetings and reports',
      body: paras(
        'We meet once a month. Each steward gives a short report on their area, including anything the next person should know. Minutes are shared with all members within 7 days, and the treasurer shares the accounts every quarter.',
      ),
      modules: [
        mod('communication', 'regular-meetings', 'Monthly meetings with a report from each steward.', 'Monthly'),
        mod('communication', 'public-minutes', 'Minutes are shared with every member.', 'Within 7 days'),
        mod('communication', 'transparency-of-finances', 'Accounts are open to all members.', 'Quarterly'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When things go wrong',
      body: paras(
        'If you have a problem with another member, talk with them first. If that does not help, ask a member you both trust to mediate.',
        'If a steward is struggling, our first response is support, not blame: a second pair of hands, or an early handover if they would like one. In a serious case, such as misuse of money, members can end a stewardship early by a two-thirds vote at a meeting, and the next person on the rota steps in.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk with the person concerned first.'),
        mod('conflict', 'mediation', 'A trusted member helps if needed.'),
        mod(
          'roles',
          'recall',
          'Members can end a stewardship early in serious cases.',
          'Two-thirds of members present at a meeting',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Changes to these rules are decided by consent at a monthly meeting, after being shared at least 14 days beforehand. Once a year, when the new rota is drawn up, we review whether the roles and the length of terms still suit us.',
      ),
      modules: [
        mod(
          'amendments',
          'annual-review',
          'A yearly review of roles and terms, alongside the new rota.',
          'Rule changes shared 14 days before the meeting',
        ),
      ],
    },
  ],
})

const meritocraticCouncil = template({
  slug: 'meritocratic-council',
  title: 'Meritocratic Council',
  category: 'representative',
  summary:
    'Long-standing contributors are invited onto a council that guides the project, deciding by consensus and falling back to a vote when needed. Influence is earned through sustained, visible contribution of every kind.',
  sortOrder: 12,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What we mean by merit',
      body: paras(
        'People who have cared for this project over time understand it best, so they are trusted with its direction. But merit is not only code. Documentation, design, support, translation, organising events and welcoming newcomers all count, and count equally.',
        'A seat on the council is a responsibility to the whole community, not a reward. Council members work in the open and explain their decisions.',
      ),
      modules: [
        mod('values', 'inclusion', 'Every kind of contribution counts towards a council seat.'),
        mod(
          'values',
          'accountability',
          'Council members explain their decisions and step back when they can no longer serve.',
        ),
        mod('values', 'transparency', 'Council discussions are public by default.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Contributors',
      body: paras(
        'Anyone can contribute by following our code of conduct. Contributors who keep showing up, helping others and taking responsibility become maintainers of an area when an existing maintainer of that area nominates them and the others in the area agree.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone can contribute.'),
        mod(
          'membership',
          'sponsorship-by-a-member',
          'New maintainers and council members are nominated by someone who knows their work.',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The council',
      body: paras(
        'The council has between 5 and 11 members. Any council member may nominate a contributor who has contributed steadily for at least 12 months. The nomination is posted publicly, and the contributor joins if the council agrees by consensus within 14 days.',
        'Each year the council chooses a chair from among its members to run meetings. The same person may not chair for more than 2 years in a row.',
        'Council members who have been inactive for 6 months become emeritus members, with our thanks, and can return by asking. The community can ask for a council member to be removed: if 10 maintainers request it, the council votes without that member, and removal needs two-thirds.',
      ),
      modules: [
        mod(
          'roles',
          'board-member',
          'A council member, invited for sustained contribution.',
          'Council size: 5 to 11. Eligible after 12 months of steady contribution',
        ),
        mod('roles', 'facilitator', 'The council chair, chosen each year.', 'At most 2 years in a row'),
        mod(
          'roles',
          'recall',
          'The community can ask the council to remove one of its members.',
          'Triggered by 10 maintainers; removal needs two-thirds of the rest of the council',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'Day-to-day decisions belong to the maintainers of each area. The council decides on the project’s direction, cross-cutting questions, the budget, new council members, and anything a maintainer brings to it.',
        'Council proposals are posted publicly for at least 7 days. The council aims for consensus. If it has not been reached after 14 days, any council member may call a vote, which passes with two-thirds of the votes cast, provided at least half of the council votes.',
      ),
      modules: [
        mod('decisions', 'delegation', 'Maintainers decide within their own areas.'),
        mod('decisions', 'consensus', 'The council’s first way of deciding.', 'Proposals open for at least 7 days'),
        mod('decisions', 'supermajority', 'The fallback if consensus is not reached within 14 days.'),
        mod('decisions', 'quorum', 'Enough of the council must vote.', 'At least half of council members'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Working in the open',
      body: paras(
        'Council discussions happen in a public thread that anyone can read and comment on. The only exceptions are security issues and matters about individual people. The chair posts a monthly summary of council decisions in the announcement channel.',
      ),
      modules: [
        mod('communication', 'async-proposals-thread', 'Council proposals and discussion happen in public.'),
        mod('communication', 'public-minutes', 'Every council decision is recorded publicly.'),
        mod(
          'communication',
          'announcement-channel',
          'A monthly summary of council decisions.',
          'Posted monthly by the chair',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Conduct and disputes',
      body: paras(
        'Everyone, including council members, follows our code of conduct. Reports go to the conduct team, who respond within 7 days.',
        'Technical disagreements go first to the maintainers of the area, then to the council. Anyone affected by a council or conduct team decision may appeal once to the council, and council members involved in the matter step out of it.',
      ),
      modules: [
        mod(
          'conflict',
          'code-of-conduct',
          'Applies to everyone, whatever their role.',
          'Conduct team responds within 7 days',
        ),
        mod('conflict', 'escalation-path', 'From maintainers of the area, to the council.'),
        mod('conflict', 'appeals', 'One appeal to the council, without the members involved.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Changes to these rules are posted for public comment for at least 14 days and then need two-thirds of the council. Each year the council asks the community whether the way we recognise merit is fair, and publishes what it learned.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of the council after public comment.',
          'Public comment: at least 14 days',
        ),
        mod('amendments', 'annual-review', 'A yearly check, with the community, that our idea of merit is fair.'),
      ],
    },
  ],
})

const sortition = template({
  slug: 'sortition',
  title: 'Sortition',
  category: 'sortition',
  summary:
    'Our coordinating roles and our biggest decisions go to members chosen by lot, for short terms. Anyone may be drawn, nobody can campaign their way into power, and a fresh group takes over before any faction can settle in.',
  sortOrder: 13,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we draw lots',
      body: paras(
        'Elections reward the confident, the well connected and the people with the most free time. We would rather give every member the same chance to serve, and trust that ordinary members, given good information and time to think, make good decisions.',
        'Being drawn is a responsibility we share, like jury service. We make it possible for anyone to take part: we explain the work plainly, pair new people with someone who has served before, and cover the costs that would otherwise keep people out.',
      ),
      modules: [
        mod(
          'values',
          'inclusion',
          'Every eligible member has the same chance of being drawn, whatever their standing.',
        ),
        mod('values', 'care', 'People drawn get support, training and help with costs so that anyone can serve.'),
        mod('values', 'accountability', 'Those drawn explain their decisions openly and hand over fully at the end.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Members and the pool',
      body: paras(
        'Anyone who shares our purpose and agrees to our code of conduct can join. After 2 months a member enters the *pool*, the list of everyone who can be drawn.',
        'You can take yourself out of the pool for a while, for example during a busy or difficult time, by telling the secretary; no reason is needed. Members may leave at any time.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who accepts our purpose and code of conduct may join.'),
        mod(
          'membership',
          'probation-period',
          'New members settle in before they can be drawn.',
          'Members enter the pool after 2 months',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The council, drawn by lot',
      body: paras(
        'Day-to-day coordination is done by a council of 6 members drawn from the pool. Each seat lasts 6 months, and half the council is redrawn every 3 months, so there is always someone who knows the ropes. The council chooses from among its members, again by lot, who facilitates, who keeps the notes and who looks after the money.',
        bullets(
          'The draw is balanced so that at least 2 council members have been with us for less than a year.',
          'Anyone drawn may decline without giving a reason, and another name is drawn.',
          'After serving, a member’s name goes back into the pool only after a 6-month rest.',
          'Nobody can be drawn for the council and a citizens’ assembly at the same time.',
        ),
        'If a council member neglects the role or abuses it, the other council members or 10% of members may ask for a recall. It is decided at a members’ meeting by two-thirds of those voting, and a replacement is drawn for the rest of the term.',
      ),
      modules: [
        mod(
          'roles',
          'sortition',
          'Council seats, and the roles within the council, are filled by lot.',
          'Council: 6 seats, 6-month terms, half redrawn every 3 months. At least 2 seats for members of under a year',
        ),
        mod(
          'roles',
          'term-limits',
          'One term at a time, then a rest, so seats keep moving.',
          '6 months’ rest before re-entering the pool',
        ),
        mod(
          'roles',
          'recall',
          'A council member can be replaced before the end of their term.',
          'Requested by the council or 10% of members; two-thirds of votes at a members’ meeting',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'How decisions are made',
      body: paras(
        'The council makes routine decisions and spends within the annual budget. It decides by consent: a proposal passes unless a council member has a reasoned objection that it would harm the group.',
        'Bigger questions (the annual budget, changes to our purpose, anything that would bind the group for more than a year, or any question 10% of members ask for) go to a *citizens’ assembly* of 15 members drawn from the pool. The assembly meets at least twice, hears from people with different views, and decides by two-thirds of its members. Its decision, with its reasons, is published to all members.',
        'When we must choose between options that are equally fair, such as who gets a limited number of places or which of two equally supported dates to use, we draw lots rather than argue.',
      ),
      modules: [
        mod('decisions', 'consent', 'How the council makes routine decisions.'),
        mod(
          'decisions',
          'citizens-assembly',
          'A larger panel drawn by lot decides the weightiest questions after hearing evidence.',
          '15 members drawn from the pool; at least 2 sessions; decides by two-thirds',
        ),
        mod('decisions', 'lottery', 'Used to settle choices between options that are equally fair.'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Open draws and open records',
      body: paras(
        'Every draw is held in the open, at a meeting or on a call any member can join, using a method anyone can check, such as numbered names and dice. The result, and who declined, is posted in the announcement channel the same day.',
        'Council notes are shared with all members within 7 days. Citizens’ assemblies publish the evidence they heard, their decision and their reasons.',
      ),
      modules: [
        mod(
          'communication',
          'announcement-channel',
          'Draw results and assembly decisions are posted here.',
          'Draw results posted the same day',
        ),
        mod(
          'communication',
          'public-minutes',
          'Council notes and assembly reports are open to all members.',
          'Within 7 days',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When things go wrong',
      body: paras(
        'If you have a problem with another member, talk with them first. If that does not help, ask someone you both trust to mediate.',
        'A conflict that cannot be resolved, or a disputed code of conduct complaint, is heard by a panel of 5 members drawn by lot from people not involved. The panel hears from everyone concerned and publishes what it decides and why.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Start by talking it through with the person concerned.'),
        mod('conflict', 'mediation', 'A trusted member helps when a conversation is not enough.'),
        mod(
          'conflict',
          'jury-review',
          'Unresolved conflicts go to a small panel drawn by lot.',
          'Panel of 5, none involved',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Any member may propose a change to these rules. The proposal is open for comment for 30 days and is then decided by a citizens’ assembly, which may accept, amend or reject it; a change needs two-thirds of the assembly.',
        'Once a year an assembly looks back at how sortition has worked for us: who has been drawn, who declined and why, and what would make serving easier.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of a citizens’ assembly.',
          '30 days of comment before the assembly decides',
        ),
        mod('amendments', 'annual-review', 'A yearly look at who serves and what gets in the way.'),
      ],
    },
  ],
})

const solidarityNetwork = template({
  slug: 'solidarity-network',
  title: 'Solidarity Network',
  category: 'decentralised',
  summary:
    'Autonomous groups bound together by mutual-aid commitments. Each group runs its own affairs; shared resources and joint actions are agreed between the groups that take part, and no group can commit another.',
  sortOrder: 14,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'What binds us',
      body: paras(
        'We are separate groups that have chosen to have each other’s backs. We share what we have, turn up when another group calls, and build power together that none of us has alone.',
        'This is solidarity, not charity: help flows in every direction and nobody is a client. Each group stays free to organise in its own way, and the network exists to serve the groups, never to run them.',
      ),
      modules: [
        mod('values', 'solidarity', 'When one group calls for support, the others answer.'),
        mod('values', 'mutual-aid', 'Groups share resources and help as equals, in every direction.'),
        mod('values', 'autonomy', 'Each group decides its own affairs; the network cannot overrule it.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Groups in the network',
      body: paras(
        'The members of the network are groups, not individuals. A group joins when an existing member group sponsors it and it signs our shared commitments: to answer calls for support where it can, to share what it can spare, and to respect every other group’s autonomy.',
        'For its first 3 months a new group takes part in everything but does not yet draw on the common fund. A group may leave at any time, returning anything it has borrowed. A group that repeatedly breaks the shared commitments may be asked to leave, after a restorative circle has been offered, by the agreement of all the other groups.',
      ),
      modules: [
        mod('membership', 'sponsorship-by-a-member', 'An existing group introduces and vouches for a new one.'),
        mod('membership', 'probation-period', 'A settling-in period before drawing on the common fund.', '3 months'),
        mod(
          'membership',
          'leaving-and-removal',
          'Leaving is free; removal needs every other group to agree, after a restorative circle is offered.',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Deciding together, never for each other',
      body: paras(
        'Each group makes its own decisions in its own way. The network never votes on a group’s internal affairs.',
        'Joint actions and shared resources are agreed between the groups that want them. Any group may propose one in the network thread; the groups that sign up are bound by it, and the groups that do not are not. A proposal says who does what, with which resources, and until when.',
        'Matters that touch the whole network (the shared commitments, welcoming or removing a group, and the rules of the common fund) go to the monthly spokescouncil. Each group sends a spoke who carries a position the group has agreed beforehand. We look for consensus. If a proposal is still blocked after two spokescouncils, it passes with the support of three-quarters of the groups, except a change to the shared commitments, which always needs every group.',
      ),
      modules: [
        mod(
          'decisions',
          'inter-group-agreement',
          'Joint actions bind only the groups that sign up to them.',
          'Each agreement names who does what, with which resources, until when',
        ),
        mod(
          'decisions',
          'spokescouncil',
          'Where network-wide matters are decided, by spokes carrying their groups’ positions.',
          'Monthly',
        ),
        mod(
          'decisions',
          'modified-consensus',
          'The spokescouncil seeks consensus and falls back to three-quarters of groups after two meetings.',
          'Changes to the shared commitments always need every group',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Spokes and the fund steward',
      body: paras(
        'Each group chooses its spoke however it likes, and we encourage groups to rotate the role so that many people know the network. A spoke speaks for what their group has decided and cannot agree to anything new on its behalf without going back to it. A group can replace its spoke at any time.',
        'One group at a time looks after the common fund, keeping the accounts and paying out what the groups have agreed. This passes to another group every year.',
      ),
      modules: [
        mod('roles', 'delegate', 'Each group’s spoke, carrying its mandate and reporting back.'),
        mod(
          'roles',
          'rotation',
          'Spokes and the fund stewardship pass around.',
          'Fund stewardship changes group yearly',
        ),
        mod('roles', 'treasurer', 'The steward group keeps the common fund’s accounts.'),
      ],
    },
    {
      id: 'shared-resources',
      kind: 'custom',
      title: 'Calls for support and shared resources',
      body: paras(
        'Any group may send a call for support to every group in the network: people for an action, a van, a space for a meeting, money for an emergency. Calls go out in the announcement channel, and groups reply within 48 hours saying what they can offer, even if the answer is nothing this time.',
        'Groups pay into a common fund on a sliding scale, according to what they can afford; a group with nothing to spare pays nothing. A request of up to 10% of the fund is granted once spokes from two other groups agree, so that help in a crisis is never stuck waiting for a meeting. Larger requests go to the spokescouncil. The fund’s accounts are open to every group.',
      ),
      modules: [
        mod(
          'communication',
          'announcement-channel',
          'Where calls for support go out to every group.',
          'Groups reply within 48 hours',
        ),
        mod(
          'membership',
          'dues',
          'Each group pays into the common fund according to what it can afford.',
          'Sliding scale, set by each group; nothing if it has nothing to spare',
        ),
        mod(
          'communication',
          'transparency-of-finances',
          'Every group can see what goes into and out of the common fund.',
          'Requests up to 10% of the fund: two other groups’ spokes agree. Larger: the spokescouncil',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'When groups disagree',
      body: paras(
        'Conflicts inside a group are that group’s to handle. When two groups fall out, their spokes talk first, directly and soon. If that does not settle it, they ask a third group that neither is close to for help with mediation.',
        'When one group has harmed another, or a call for support was let down badly, we hold a restorative circle with people from both groups, to understand what happened and agree how to put it right.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'The spokes of the groups involved talk first.'),
        mod('conflict', 'mediation', 'A third, uninvolved group helps when talking is not enough.'),
        mod('conflict', 'restorative-circle', 'Repairing harm between groups rather than punishing it.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'These rules and our shared commitments can only change with the agreement of every group, given through its spoke after the group has discussed it. Proposed changes are shared at least 30 days before the spokescouncil that decides them, so every group has time to meet.',
        'Once a year the spokescouncil asks each group whether the network is giving it what it needs, and whether anyone is carrying more than their share.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-consensus',
          'Every group must agree to a change.',
          'Shared with all groups at least 30 days ahead',
        ),
        mod('amendments', 'annual-review', 'A yearly check that the network serves every group fairly.'),
      ],
    },
  ],
})

const liquidDemocracy = template({
  slug: 'liquid-democracy',
  title: 'Liquid Democracy',
  category: 'direct',
  summary:
    'Every member can vote on any question, or hand their vote on a topic to someone they trust. Delegations can be changed or withdrawn at any time, and voting yourself always overrides them.',
  sortOrder: 15,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our principles',
      body: paras(
        'Nobody can follow every question, and nobody should have to. Liquid democracy lets each member take part as much as they want: vote on what you care about, and trust someone you know to vote on the rest.',
        'Trust has to stay visible and easy to take back. Who holds whose votes is public, delegates explain how they voted, and no one keeps a vote a day longer than the person who lent it wants them to.',
      ),
      modules: [
        mod('values', 'inclusion', 'Everyone has a say on every question, directly or through someone they choose.'),
        mod('values', 'transparency', 'Delegations and how delegates voted are visible to all members.'),
        mod('values', 'accountability', 'Delegates explain their votes and can lose their delegations at any moment.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Who can vote',
      body: paras(
        'Anyone who supports our purpose can join. New members can join discussions straight away and can vote, delegate or receive delegations 30 days after joining. The waiting period stops votes being swayed by a sudden wave of sign-ups.',
        'Members may leave at any time; any delegations they held return to the people who gave them.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who supports our purpose may join.'),
        mod(
          'membership',
          'probation-period',
          'A short wait before new members can vote or be delegated to.',
          'Voting and delegation rights begin 30 days after joining',
        ),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Voting and delegating',
      body: paras(
        'Every proposal belongs to a topic, such as money, events, membership, tools or these rules. For each topic you may delegate your vote to another member, and you may also set a default delegate for all topics. If your delegate has delegated in turn, your vote follows the chain, up to 3 steps.',
        bullets(
          'Proposals are posted in the proposals thread and discussed for at least 7 days, then voted on for 7 days.',
          'If you vote yourself, your own vote counts and your delegation is set aside for that question.',
          'A proposal passes with more than half of the votes cast, counting delegated votes.',
          'A vote only counts if at least a quarter of all members’ votes are cast, directly or by delegation.',
          'Changing these rules, removing a member or spending more than 20% of our funds needs two-thirds of the votes cast.',
        ),
        'You can change or withdraw a delegation at any time, including while a vote is open; the change applies to every vote that has not yet closed.',
      ),
      modules: [
        mod(
          'decisions',
          'liquid-democracy',
          'Members vote directly or delegate by topic; a direct vote always overrides the delegation.',
          'Delegation chains follow at most 3 steps. Delegations can be withdrawn at any time',
        ),
        mod(
          'decisions',
          'majority-vote',
          'A proposal passes with more than half of the votes cast, delegated votes included.',
        ),
        mod('decisions', 'quorum', 'Enough of the membership’s votes must be cast.', 'A quarter of all members’ votes'),
        mod(
          'decisions',
          'supermajority',
          'Protects weighty or hard-to-reverse decisions.',
          'Rule changes, removing a member, spending over 20% of funds',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Delegates and the voting steward',
      body: paras(
        'Any member can be a delegate; there is no election and no term. Your delegation lasts exactly as long as you want it to. To stop any one person gathering too much weight, nobody may carry more than 15% of all votes on a topic. Once a delegate reaches that limit, new delegations to them are turned down and the member is asked to choose someone else.',
        'A delegate who carries 10 or more votes on a topic posts a short explanation of each vote they cast in that topic.',
        'A voting steward, elected by members for one year, looks after the voting tool, opens and closes votes, and publishes the results. The steward never sees how individual members voted directly.',
      ),
      modules: [
        mod(
          'roles',
          'delegate',
          'A member others trust with their vote on a topic.',
          'At most 15% of all votes on a topic. Delegates with 10+ votes explain each vote',
        ),
        mod('roles', 'secretary', 'The voting steward runs votes and publishes results.', 'Elected for 1 year'),
        mod('roles', 'recall', 'Every member can take back their delegation at any moment, with immediate effect.'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Proposals and results',
      body: paras(
        'All proposals are posted and discussed in the proposals thread, tagged with their topic, so delegates and members alike can follow the topics they care about.',
        'The delegation register, showing who delegates to whom in each topic, is open to all members. When a vote closes, the steward publishes the totals and how each delegate voted. How individual members voted directly stays secret.',
        'Each week the steward posts a round-up of open votes in the announcement channel, so members who delegate most things can still step in on a question that matters to them.',
      ),
      modules: [
        mod('communication', 'async-proposals-thread', 'Where proposals are posted, tagged by topic, and discussed.'),
        mod(
          'communication',
          'public-minutes',
          'Results, the delegation register and delegates’ votes are published.',
          'Results within 48 hours of a vote closing',
        ),
        mod('communication', 'announcement-channel', 'A weekly round-up of open votes.', 'Weekly'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Disagreements and fair play',
      body: paras(
        'If you have a problem with another member, talk with them first. If that does not help, ask the voting steward to arrange mediation with someone neither of you is close to.',
        'Asking for someone’s delegation is fine; pressuring them for it is not. Offering favours for delegations, threatening people who withdraw them or pretending to be someone else are breaches of our code of conduct, and any vote they affected can be rerun.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk with the person concerned first.'),
        mod('conflict', 'mediation', 'Arranged by the voting steward with a neutral person.'),
        mod(
          'conflict',
          'code-of-conduct',
          'Includes fair play around delegations: no pressure, no favours, no impersonation.',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'These rules can be changed by two-thirds of the votes cast, delegated votes included, after the proposed change has been open for discussion for at least 21 days.',
        'Each year we look at how delegation has worked: how concentrated votes have become, how many members vote directly, and whether the limits still feel right.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of the votes cast.',
          'Discussion period: 21 days',
        ),
        mod('amendments', 'annual-review', 'A yearly look at how concentrated delegations have become.'),
      ],
    },
  ],
})

const quadraticGovernance = template({
  slug: 'quadratic-governance',
  title: 'Quadratic Governance',
  category: 'direct',
  summary:
    'Each member gets the same budget of voice credits to spend across the proposals in a round. Casting several votes on one proposal costs the square of those votes, so people can show what they care about most without a few voices drowning out the rest.',
  sortOrder: 16,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we vote this way',
      body: paras(
        'A simple vote counts everyone’s preferences the same, whether they barely mind or care deeply. Quadratic voting lets members put more weight on what matters most to them, while the rising cost of each extra vote keeps any one person, or any small, determined group, from taking over.',
        'It only works if every member has the same budget and one member is one person. We protect both carefully.',
      ),
      modules: [
        mod('values', 'inclusion', 'Everyone starts each round with the same budget of voice credits.'),
        mod('values', 'transparency', 'Totals for every proposal are published, and anyone can check the arithmetic.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Membership',
      body: paras(
        'Because each member has a budget to spend, one person holding two memberships would break the system. New members are therefore sponsored by an existing member who knows them, and they receive voice credits from the first round that starts at least 30 days after they join.',
        'Members may leave at any time. Removing a member is decided by a two-thirds vote of members (one member, one vote), and the member concerned may speak first.',
      ),
      modules: [
        mod(
          'membership',
          'sponsorship-by-a-member',
          'An existing member vouches that a newcomer is one real person with one membership.',
        ),
        mod(
          'membership',
          'probation-period',
          'A short wait before new members receive voice credits.',
          'Credits from the first round starting 30 days or more after joining',
        ),
        mod('membership', 'leaving-and-removal', 'Removal takes a two-thirds vote of members, one member one vote.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Voting rounds',
      body: paras(
        'We decide in rounds, one every three months. Each member receives 100 voice credits per round and may spend them for or against any proposals on the ballot. Casting 1 vote on a proposal costs 1 credit, 2 votes cost 4, 3 votes cost 9, and so on: *n* votes cost *n²* credits. Unspent credits do not carry over.',
        'For example, a member who cares a great deal about the community garden and a little about two other things might spend:',
        bullets(
          '7 votes for the garden proposal: 49 credits;',
          '4 votes against moving the meeting night: 16 credits;',
          '2 votes for a new website: 4 credits;',
          'leaving 31 credits for anything else on the ballot.',
        ),
        'A yes-or-no proposal passes when it receives more votes for than against, provided at least a quarter of members spent credits on it. When proposals compete for the same money, they are funded in order of their net votes until the budget for the round runs out.',
        'Urgent matters that cannot wait for the next round are decided by a simple vote of members (one member, one vote) held over 3 days.',
      ),
      modules: [
        mod(
          'decisions',
          'quadratic-voting',
          'How every proposal in a round is decided.',
          '100 voice credits per member per round; n votes on one proposal cost n² credits; no carry-over',
        ),
        mod(
          'decisions',
          'quorum',
          'Enough members must spend credits on a proposal for it to pass.',
          'At least a quarter of members',
        ),
        mod(
          'decisions',
          'majority-vote',
          'For urgent matters between rounds.',
          'One member, one vote; open for 3 days',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Running a round',
      body: paras(
        'Two round stewards prepare each round: they check that proposals are clear, assemble the ballot, hand out credits, and count and publish the results. The stewards change every round, taken in turn from volunteers, and the outgoing pair shows the incoming pair how it is done.',
        'A steward who has written a proposal on the ballot hands its count to the other steward.',
      ),
      modules: [
        mod('roles', 'steward', 'Round stewards prepare the ballot and count the results.', 'Two per round'),
        mod('roles', 'rotation', 'The stewards change every round.', 'Every 3 months, from volunteers in turn'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Proposals and results',
      body: paras(
        'Any member may post a proposal in the proposals thread. Proposals posted at least 14 days before a round opens go on its ballot, so that everyone has time to read and discuss them before spending credits.',
        'When a round closes, the stewards publish the votes for and against each proposal and how many members voted on it, without saying who spent what. The opening and results of each round are posted in the announcement channel.',
      ),
      modules: [
        mod(
          'communication',
          'async-proposals-thread',
          'Where proposals are posted and discussed before each round.',
          'Posted 14 days before a round to make its ballot',
        ),
        mod('communication', 'public-minutes', 'Full totals for every proposal, with individual ballots kept private.'),
        mod('communication', 'announcement-channel', 'Round openings and results are announced here.'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Disagreements and fair play',
      body: paras(
        'If you have a problem with another member, talk with them first; if that does not help, ask someone you both trust to mediate.',
        'Buying, selling or trading voice credits or votes, or holding more than one membership, breaks our code of conduct and undermines the whole system. If a result may have been affected by this, or by a counting error, any 5 members may ask within 7 days for it to be reviewed by two members who were not stewards that round. They may order a recount or rerun the vote.',
      ),
      modules: [
        mod('conflict', 'code-of-conduct', 'Forbids trading credits or votes and holding more than one membership.'),
        mod('conflict', 'mediation', 'A trusted member helps when a conversation is not enough.'),
        mod(
          'conflict',
          'appeals',
          'A result can be reviewed, recounted or rerun.',
          'Requested by 5 members within 7 days; reviewed by two members who were not stewards',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Rules protect everyone equally, so changes to them are not decided by voice credits. A rule change needs two-thirds of the votes cast in an ordinary vote of members (one member, one vote), after 21 days of discussion.',
        'Once a year we review the size of the credit budget, the length of rounds and whether the quorum is working.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Rule changes need two-thirds of members’ votes, one member one vote.',
          'Discussion period: 21 days',
        ),
        mod('amendments', 'annual-review', 'A yearly check on credits, rounds and quorum.'),
      ],
    },
  ],
})

const federatedClusters = template({
  slug: 'federated-clusters',
  title: 'Federated Clusters',
  category: 'representative',
  summary:
    'Local clusters govern themselves in their own way. Matters that affect everyone go to a federation council of delegates that the clusters send, mandate and can recall at any time. Each decision is made at the most local level that can handle it.',
  sortOrder: 17,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Our principles',
      body: paras(
        'The people closest to a question usually understand it best. So each cluster decides everything it can for itself, and only what truly affects us all goes to the federation.',
        'The federation exists because the clusters created it, and it answers to them. Its delegates carry the clusters’ wishes, not their own, and go home to report back.',
      ),
      modules: [
        mod('values', 'subsidiarity', 'Decisions sit at the most local level that can handle them well.'),
        mod('values', 'autonomy', 'Each cluster governs its own affairs in its own way.'),
        mod('values', 'accountability', 'Delegates answer to their clusters and can be recalled at any time.'),
      ],
    },
    {
      id: 'membership',
      kind: 'membership',
      title: 'Clusters and their members',
      body: paras(
        'People join the federation by joining a cluster. Each cluster sets its own membership rules, provided anyone who accepts our charter can find a cluster to join.',
        'A new cluster needs at least 5 members and a written agreement to the charter. It applies to the federation council, which welcomes it unless two-thirds of delegates object. A cluster may leave the federation by its own decision, with 60 days’ notice. A cluster can be removed only for a serious breach of the charter, by two-thirds of delegates representing at least two-thirds of clusters, after it has been heard.',
      ),
      modules: [
        mod('membership', 'open-membership', 'Anyone who accepts the charter can find a cluster to join.'),
        mod(
          'membership',
          'application-and-approval',
          'New clusters apply to the federation council.',
          'At least 5 members; welcomed unless two-thirds of delegates object',
        ),
        mod(
          'membership',
          'leaving-and-removal',
          'Clusters can leave freely; removal needs two-thirds of delegates and of clusters.',
          '60 days’ notice to leave',
        ),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'Delegates',
      body: paras(
        'Each cluster sends one delegate for every 50 members or part of 50, up to 3, plus an alternate who attends when a delegate cannot. Clusters choose their delegates however they like, for a term of one year; nobody may serve more than 2 terms in a row.',
        'Before each council meeting a cluster discusses the agenda and gives its delegates a mandate. Delegates vote as mandated, and on anything new they either consult their cluster or abstain. A cluster may recall its delegate at any time by its own process and send someone else.',
        'The council chooses a secretary and a treasurer from among the delegates for one year.',
      ),
      modules: [
        mod(
          'roles',
          'delegate',
          'Carries their cluster’s mandate to the federation council and reports back.',
          'One per 50 members, up to 3 per cluster, plus an alternate',
        ),
        mod('roles', 'recall', 'A cluster can recall its delegate at any time, by its own process.'),
        mod('roles', 'term-limits', 'Delegate seats keep moving.', '1-year terms; at most 2 in a row'),
        mod('roles', 'treasurer', 'Chosen from the delegates to keep the federation’s accounts.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'What the federation decides, and how',
      body: paras(
        'Clusters decide everything about their own work, members, money and meetings. The federation council decides only:',
        bullets(
          'our shared name, charter and public positions;',
          'shared funds, services and infrastructure;',
          'welcoming and removing clusters;',
          'disputes between clusters that they cannot settle themselves.',
        ),
        'The council meets every three months. It seeks consensus first. If that fails, a proposal passes with two-thirds of delegates’ votes, provided those votes also come from a majority of clusters, so that neither the largest clusters nor the many small ones can decide alone. A meeting can decide when delegates from two-thirds of clusters are present.',
      ),
      modules: [
        mod(
          'decisions',
          'federated-council',
          'Mandated delegates of every cluster decide the matters that affect all.',
          'Quarterly; only the matters listed here',
        ),
        mod(
          'decisions',
          'supermajority',
          'The fallback when consensus fails, with a majority of clusters as well.',
          'Two-thirds of delegates’ votes, from a majority of clusters',
        ),
        mod('decisions', 'quorum', 'Enough clusters must be present.', 'Delegates from two-thirds of clusters'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Keeping clusters in the loop',
      body: paras(
        'The agenda for each council meeting is sent to every cluster 30 days ahead, so that clusters have time to meet and agree mandates. Minutes are sent to every cluster within 14 days, and delegates report back to their own cluster at its next meeting.',
        'The treasurer publishes the federation’s accounts to every cluster twice a year, including what each cluster pays in and what it receives.',
      ),
      modules: [
        mod(
          'communication',
          'regular-meetings',
          'The federation council meets on a fixed rhythm.',
          'Quarterly; agenda to clusters 30 days ahead',
        ),
        mod('communication', 'public-minutes', 'Council minutes go to every cluster.', 'Within 14 days'),
        mod(
          'communication',
          'transparency-of-finances',
          'Federation accounts are open to every cluster.',
          'Twice a year',
        ),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Resolving conflict',
      body: paras(
        'Conflicts within a cluster are handled by that cluster in its own way. When two clusters disagree, their delegates meet first. If that does not resolve it, delegates from two uninvolved clusters mediate, and only if mediation fails does the question go to the federation council.',
        'A cluster that believes the council has overstepped its powers, by deciding something that belongs to the clusters, can ask for the decision to be reconsidered. If a quarter of clusters support the request, the decision is suspended until the next council meeting.',
      ),
      modules: [
        mod('conflict', 'mediation', 'Delegates from two uninvolved clusters help clusters in dispute.'),
        mod('conflict', 'escalation-path', 'From the clusters involved, to mediation, to the federation council.'),
        mod(
          'conflict',
          'appeals',
          'Clusters can challenge a council decision that oversteps its powers.',
          'Supported by a quarter of clusters; the decision is suspended until the next meeting',
        ),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing the charter',
      body: paras(
        'Any cluster may propose a change to the charter or to these rules. The proposal goes to every cluster at least 60 days before the council meeting that decides it. Each cluster decides its own position in its own way, and the change passes if two-thirds of clusters support it.',
        'Once a year the council asks every cluster whether the line between cluster and federation is in the right place.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Charter changes need two-thirds of clusters.',
          'Proposals to clusters 60 days ahead',
        ),
        mod('amendments', 'annual-review', 'A yearly check that each decision sits at the right level.'),
      ],
    },
  ],
})

const devolution = template({
  slug: 'devolution',
  title: 'Devolution',
  category: 'decentralised',
  summary:
    'A central council hands defined areas of authority to smaller teams or branches, which decide freely within them. The council keeps a shared framework and can take authority back, but only openly, with notice and for stated reasons.',
  sortOrder: 18,
  featured: false,
  sections: [
    {
      id: 'values',
      kind: 'values',
      title: 'Why we devolve',
      body: paras(
        'We have grown too big for every decision to go through one place. The teams and branches doing the work know their own situations best, so we hand them real authority, in writing, and then let them get on with it.',
        'Devolution is not abandonment. The council keeps what holds us together, such as our purpose, values, finances and legal duties, and supports each team to do well.',
      ),
      modules: [
        mod('values', 'subsidiarity', 'Each decision is made as close as possible to the people it affects.'),
        mod('values', 'autonomy', 'Teams decide freely within the authority they have been given.'),
        mod('values', 'accountability', 'Teams report on how they use their authority; the council explains its own.'),
      ],
    },
    {
      id: 'decisions',
      kind: 'decisions',
      title: 'Who decides what',
      body: paras(
        'The council hands each team a written *charter* setting out its domain (what it decides), its budget, its limits, and its review date. Within its charter a team decides in whatever way it chooses. By default, anyone in the team may make a decision after asking advice from the people it affects and from those with relevant experience.',
        'The council keeps the shared framework: our purpose and values, the code of conduct, legal and financial obligations, our name and public voice, and anything not yet devolved. The council is elected by members and decides by majority vote, with at least 3 of its 5 members present.',
      ),
      modules: [
        mod(
          'decisions',
          'devolved-domains',
          'Each team holds a written charter: its domain, budget, limits and review date.',
        ),
        mod('decisions', 'advisory-process', 'How teams decide within their charter unless they choose otherwise.'),
        mod(
          'decisions',
          'elected-committee',
          'The council, elected by members, holds the shared framework.',
          '5 members; 2-year terms',
        ),
        mod('decisions', 'majority-vote', 'How the council decides.', 'At least 3 of 5 council members present'),
      ],
    },
    {
      id: 'roles',
      kind: 'roles',
      title: 'The council and team leads',
      body: paras(
        'The council has 5 members, elected by all members for 2-year terms, staggered so that 2 or 3 seats are elected each year. Nobody may serve more than 2 terms in a row.',
        'Each team chooses its own lead, who is its contact with the council, reports on its work and raises anything that reaches beyond its charter. Teams may rotate the role or keep the same lead; the council does not choose team leads.',
      ),
      modules: [
        mod(
          'roles',
          'board-member',
          'Elected council members who hold the shared framework.',
          '5 seats, 2-year staggered terms',
        ),
        mod('roles', 'steward', 'Each team’s lead, chosen by the team, who links it to the council.'),
        mod('roles', 'term-limits', 'Keeps the council changing.', 'At most 2 council terms in a row'),
      ],
    },
    {
      id: 'taking-authority-back',
      kind: 'custom',
      title: 'Changing or taking back a charter',
      body: paras(
        'The council can narrow a charter or take it back, but never quietly. It must give the team its reasons in writing and 30 days’ notice, during which the team can respond and propose another way forward. Taking back a charter needs at least 4 of the 5 council members.',
        'In an emergency, when there is a legal, financial or safety risk, the council may suspend a charter at once, but only for up to 30 days, and it must explain why to all members within 7 days.',
        'A team that believes its charter was changed or withdrawn unfairly may appeal to the next general meeting of members, whose decision is final.',
      ),
      modules: [
        mod(
          'decisions',
          'supermajority',
          'Taking back a charter needs more than a simple council majority.',
          'At least 4 of 5 council members, after 30 days’ notice',
        ),
        mod('conflict', 'appeals', 'A team can appeal a withdrawal to a general meeting of members.'),
      ],
    },
    {
      id: 'communication',
      kind: 'communication',
      title: 'Reporting and openness',
      body: paras(
        'Every team publishes a short report each quarter: what it decided, what it spent and what it plans next. The council publishes its minutes within 7 days of each meeting and the accounts of the whole organisation every quarter.',
        'Once a year a general meeting of members hears from the council and from every team, and elects council members.',
      ),
      modules: [
        mod(
          'communication',
          'public-minutes',
          'Council minutes and team reports are open to all members.',
          'Council minutes within 7 days; team reports quarterly',
        ),
        mod(
          'communication',
          'transparency-of-finances',
          'Everyone can see how each team’s budget is used.',
          'Quarterly',
        ),
        mod('communication', 'regular-meetings', 'An annual general meeting of all members.', 'Yearly'),
      ],
    },
    {
      id: 'conflict',
      kind: 'conflict',
      title: 'Resolving conflict',
      body: paras(
        'Personal conflicts start with a direct conversation, then mediation by someone neither person is close to.',
        'When two teams disagree about where their domains meet, their leads talk first. If they cannot agree, the council decides and updates the charters so the boundary is clear next time.',
      ),
      modules: [
        mod('conflict', 'direct-conversation-first', 'Talk with the person or team concerned first.'),
        mod('conflict', 'mediation', 'A neutral person helps when talking is not enough.'),
        mod('conflict', 'escalation-path', 'Boundary disputes go from the team leads to the council.'),
      ],
    },
    {
      id: 'amendments',
      kind: 'amendments',
      title: 'Changing these rules',
      body: paras(
        'Changes to these rules, or to the shared framework, need two-thirds of the votes cast at a general meeting, with the proposal sent to all members 21 days ahead.',
        'Every charter expires after 2 years unless the council and the team renew it, so that each devolution is a fresh choice rather than an accident of history. The council reviews every charter with its team once a year.',
      ),
      modules: [
        mod(
          'amendments',
          'change-by-supermajority',
          'Framework changes need two-thirds at a general meeting.',
          '21 days’ notice',
        ),
        mod('amendments', 'sunset-clause', 'Charters expire unless renewed.', 'Every charter lapses after 2 years'),
        mod('amendments', 'annual-review', 'The council reviews each charter with its team every year.'),
      ],
    },
  ],
})

export const seedTemplates: SeedTemplate[] = [
  benevolentDictator,
  selfAppointedBoard,
  electedBoard,
  consensus,
  lazyConsensus,
  majorityVote,
  doOcracy,
  circles,
  jury,
  petition,
  rotatingStewardship,
  meritocraticCouncil,
  sortition,
  solidarityNetwork,
  liquidDemocracy,
  quadraticGovernance,
  federatedClusters,
  devolution,
]
