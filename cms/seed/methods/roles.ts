/**
 * Seed content for the methods library: the roles group.
 *
 * Each method describes a role (or a rule about roles) with its duties, term, how the holder is chosen
 * and how they can be removed early. The first ten slugs are the role modules in
 * core/schema/modules.ts and keep the same meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const rolesMethods: MethodData<'roles'>[] = [
  {
    slug: 'facilitator',
    group: 'roles',
    name: 'Facilitator',
    summary: 'Guides meetings and discussions so they stay focused, fair and on time, without steering the outcome.',
    details: {
      duties:
        'Prepares the agenda from items posted in advance, opens each meeting by saying how much time there is, keeps a speaking list, and invites quieter people in before anyone speaks twice. The facilitator may decide alone how the meeting runs (the order of items, when to break, when to move a topic to next time) but not what the group decides. If they want to argue a point themselves, they hand the role to someone else for that item.',
      term: 'Three months, which is usually six to twelve meetings: long enough to settle in, short enough that the skill spreads. A holder may serve a second term in a row, then sits out at least one term.',
      selection:
        'At the last meeting of each term, someone volunteers or is nominated and the group confirms them by consent. If nobody comes forward, the outgoing secretary takes the role, so the two roles keep moving around the group together.',
      recall:
        'Anyone can ask at the start of a meeting for someone else to facilitate that day, and no reason is needed. To end a term early, two members put it on the agenda, and a simple majority of those at the next meeting can hand the role to a new facilitator from then on.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['secretary', 'timekeeper', 'vibes-watcher', 'rotation'],
    furtherReading: [
      {
        title: 'Facilitator’s Guide to Participatory Decision-Making, by Sam Kaner and others',
        note: 'A practical handbook on running meetings where everyone can take part.',
      },
    ],
  },
  {
    slug: 'secretary',
    group: 'roles',
    name: 'Secretary / note-taker',
    summary:
      'Keeps the group’s record: agendas, notes of what was decided, and who agreed to do what by when, posted where every member can find them.',
    details: {
      duties:
        'Sends round the agenda at least three days before each meeting, notes decisions and actions (not a word-for-word transcript), gives every action a name and a date, and posts the notes within 48 hours. Keeps the decision log and the current copy of this rule up to date. The secretary may decide alone how records are laid out and stored, and fixes factual errors on request; disputed wording goes back to the next meeting.',
      term: 'One year, starting at the annual meeting, with the option of one more year. Because the role carries the group’s memory, the outgoing secretary spends their last month handing over to the next.',
      selection:
        'Nominations open four weeks before the annual meeting, and members may nominate themselves. A single candidate is confirmed by the meeting; if there are several, members elect one by majority vote of those present.',
      recall:
        'If notes are repeatedly late or wrong, any member can raise it with the facilitator, who talks with the secretary first. If that does not fix it, a meeting can replace the secretary by majority vote, provided the item was on the published agenda at least seven days ahead.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'nonprofit',
        'mutual-aid',
        'activist-collective',
        'neighbourhood-group',
        'workplace',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['facilitator', 'treasurer', 'public-minutes'],
    furtherReading: [
      {
        title: 'Robert’s Rules of Order Newly Revised, by Henry M. Robert III and others',
        note: 'The classic rulebook for formal meetings, including what officers such as the secretary do.',
      },
    ],
  },
  {
    slug: 'treasurer',
    group: 'roles',
    name: 'Treasurer',
    summary:
      'Looks after the group’s money: keeps the accounts, pays approved bills and reports to members on where the money came from and where it went.',
    details: {
      duties:
        'Keeps the bank account and the books, pays approved bills, files a receipt for every payment, and reports balances and spending to members every quarter. The treasurer may spend alone up to a limit the group sets (for example 100 in local currency per item, within the agreed budget); anything larger or outside the budget needs a second signatory or a group decision. At least one other named member can always see the account.',
      term: 'Two years, staggered so that the treasurer and the second signatory never change in the same year. No more than three terms in a row.',
      selection:
        'Elected at the annual meeting by majority vote, after each candidate says briefly what experience they have with money. The group should prefer someone willing to learn over waiting for an accountant, and choose bookkeeping tools a newcomer can follow.',
      recall:
        'On any concern about money, the second signatory or any three members can ask for the books to be reviewed by someone independent within 30 days. The treasurer can be removed by a two-thirds vote at a meeting called with 14 days’ notice, and access to the accounts passes to the second signatory the same day.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'mutual-aid', 'neighbourhood-group', 'activist-collective'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['auditor', 'transparency-of-finances', 'trustee', 'dues'],
    furtherReading: [{ title: 'Treasurer (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Treasurer' }],
  },
  {
    slug: 'steward',
    group: 'roles',
    name: 'Steward',
    summary:
      'Takes ongoing care of one named area, resource or process on the group’s behalf, and makes the everyday calls in it without asking each time.',
    details: {
      duties:
        'Looks after one named area, such as the shared tools, the garden, the documentation or the member list, keeping it working and noticing when it needs attention. Within that area the steward makes day-to-day decisions alone and writes down anything that changes how others use it. Changes that cost money, set policy or affect another area go to the group.',
      term: 'Six months, renewable for as long as the steward wants it and the group agrees. At each renewal the steward writes a short note on the state of the area, and anyone stepping down gives four weeks’ notice where they can.',
      selection:
        'The group first names the area and its limits, then asks for volunteers. If more than one person offers, they can share it or the group chooses by consent. Someone already doing the work informally is a natural choice, but is still confirmed in the open.',
      recall:
        'Anyone who thinks the area is neglected or run against the group’s wishes raises it with the steward first, then with the group. The group can pass the area to someone else by consent at any meeting, or by majority vote if consent fails, and the outgoing steward hands over passwords and notes within a week.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegation', 'working-group-lead', 'maintainer', 'rotation'],
    furtherReading: [],
  },
  {
    slug: 'moderator',
    group: 'roles',
    name: 'Moderator',
    summary:
      'Keeps shared spaces welcoming and on-topic, and acts when the code of conduct is broken, with a written log of every action taken.',
    details: {
      duties:
        'Watches the shared spaces (chat, forum, mailing list, events), reminds people of the code of conduct, and acts when it is broken. A moderator may alone hide or edit posts and mute someone for up to 48 hours; a longer suspension or a ban needs a second moderator to agree. Every action beyond a reminder goes in a private moderation log with the reason.',
      term: 'Six months, renewable. Moderation wears people down, so each moderator takes at least a fortnight off per term, and nobody serves more than two years without a six-month break.',
      selection:
        'Current moderators invite people who have been active and respectful for at least three months, and the group confirms the list by lazy consensus over seven days. Aim for at least three moderators on different schedules or time zones so no one is on call alone.',
      recall:
        'Complaints about a moderator’s action go to the other moderators, or to the conflict steward or board when moderators are involved. A moderator can be removed by a majority of the other moderators or by a majority vote of members, and loses their tools at once.',
    },
    facets: {
      organisationKinds: ['online-community', 'open-source', 'nonprofit', 'activist-collective'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: [],
      scales: ['regional', 'global'],
    },
    related: ['code-of-conduct', 'conflict-steward', 'appeals', 'welcome-host'],
    furtherReading: [
      { title: 'Content moderation (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Content_moderation' },
    ],
  },
  {
    slug: 'board-member',
    group: 'roles',
    name: 'Board member',
    summary:
      'Sits on a small elected body that makes decisions on behalf of the wider membership between general meetings, and reports back to it.',
    details: {
      duties:
        'Sits on a board of three to nine people that decides for the group between general meetings: budget, hiring, legal matters and whatever else members have handed it. Board members prepare for meetings, declare conflicts of interest and step out of those decisions, and publish the board’s decisions within a week. No single board member decides alone unless the board has given them a specific task in writing.',
      term: 'Two years, staggered so about half the seats come up each year, with a limit of three terms in a row.',
      selection:
        'Members elect the board at the annual meeting, with each candidate posting a short statement two weeks before. Seats are filled by approval or ranked-choice voting, most-supported first. A seat that falls empty mid-term is filled by the board until the next election.',
      recall:
        'A petition signed by 10% of members, or five members if that is more, calls a special meeting within 30 days, where two-thirds of those voting can remove a board member. The board may also ask a member who has missed three meetings in a row to stand down.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'open-source', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['co-chairs', 'trustee', 'term-limits', 'recall'],
    furtherReading: [
      { title: 'Board of directors (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Board_of_directors' },
    ],
  },
  {
    slug: 'term-limits',
    group: 'roles',
    name: 'Term limits',
    summary:
      'Caps how long anyone may hold the same role, so positions open up, newcomers get a turn and power does not settle in one place.',
    details: {
      duties:
        'Applies to every named role in this rule. The secretary keeps a register of who has held which role and since when, and flags anyone starting their last allowed term so the group can begin looking for a successor early.',
      term: 'No one holds the same role for more than two terms in a row, or more than four years in any six. After reaching the limit, a person waits one full term before standing again, though they are welcome to advise their successor.',
      selection:
        'When a holder reaches the limit, the role opens for nominations at least a month before the term ends; the outgoing holder may nominate but not stand. If no eligible person comes forward after two calls, the group can allow one extra term by a two-thirds vote and record why.',
      recall:
        'A limit sets the longest stay, not a guaranteed one: any holder can still be removed mid-term under the recall rule. A holder who wants to leave before the limit steps down with four weeks’ notice.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['rotation', 'recall', 'board-member', 'mentor'],
    furtherReading: [{ title: 'Term limit (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Term_limit' }],
  },
  {
    slug: 'rotation',
    group: 'roles',
    name: 'Rotation',
    summary:
      'Roles pass from member to member on a published rota, so everyone takes a turn and experience and responsibility are shared.',
    details: {
      duties:
        'Roles that need no special training, such as facilitator, note-taker, timekeeper and welcome host, move down a published list of members so everyone takes a turn. The rota shows who holds each role now and who is next, so the next person can shadow once before their turn. People may swap turns between themselves without asking, as long as they update the rota.',
      term: 'One month per turn for meeting roles, or one cycle of the group’s work, such as one event or one release. When the list comes back round to the start, the group checks whether anyone wants to join or leave it.',
      selection:
        'Every member is on the rota by default, in order of joining or in an order drawn once at random. Anyone may opt out for a stated period (caring duties, illness, exams) without further explanation, and new members join the end of the list after their first month.',
      recall:
        'Someone who cannot carry their turn passes it to the next person and takes a later slot. If a turn is going badly, the group can move on to the next person early by consent; this is no mark against anyone, since the point is that everyone learns.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'activist-collective', 'cooperative', 'neighbourhood-group', 'workplace'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['term-limits', 'sortition', 'facilitator', 'timekeeper'],
    furtherReading: [
      {
        title: 'The Tyranny of Structurelessness, by Jo Freeman',
        note: 'A classic essay arguing that informal groups should rotate tasks and spread authority widely.',
      },
    ],
  },
  {
    slug: 'sortition',
    group: 'roles',
    name: 'Sortition (random selection)',
    summary:
      'People are chosen for a role or panel by lot from everyone eligible, giving each member an equal chance and leaving no room for campaigns or factions.',
    details: {
      duties:
        'Fills a role or panel by drawing names instead of holding an election: a panel that reviews disputes or proposals, a working group that studies a question, or some seats on a council. Those drawn have exactly the same powers as an elected holder of that role would.',
      term: 'Short and fixed: one decision, or up to six months for a standing panel. Someone who has served sits out the next two draws for that role.',
      selection:
        'The secretary keeps the pool: every member in good standing who has not opted out. The draw is public, held live at a meeting or made with a published random number anyone can check, and extra names are drawn as alternates. Those drawn may decline without giving a reason, and where balance matters the group can draw separately from defined groups, such as newer and longer-standing members.',
      recall:
        'The next alternate replaces someone who misses two sittings in a row, declares a conflict of interest, or is found to have broken the code of conduct through the usual process. Nobody can be removed for how they voted: that independence is the point of drawing lots.',
    },
    facets: {
      organisationKinds: ['cooperative', 'activist-collective', 'online-community', 'nonprofit', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['jury-review', 'rotation', 'term-limits'],
    furtherReading: [
      { title: 'Sortition (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Sortition' },
      {
        title: 'Against Elections: The Case for Democracy, by David Van Reybrouck',
        note: 'A short book making the case for choosing representatives by lot.',
      },
    ],
  },
  {
    slug: 'recall',
    group: 'roles',
    name: 'Recall',
    summary:
      'Members can remove someone from a role before their term ends if that person loses the group’s confidence, through a fair process that lets them answer first.',
    details: {
      duties:
        'Covers every role in this rule. The recall process is run by someone other than the person concerned, usually the facilitator, or the secretary if the facilitator is involved. Whoever runs it makes sure the reasons are written down, the person is heard, and the vote happens on time.',
      term: 'Available throughout every term. To avoid constant campaigns, no one faces a recall vote more than once in six months over the same concerns, nor in the first two months of a term unless there is serious misconduct.',
      selection:
        'When someone is recalled, the role passes at the same meeting to an interim holder chosen by the group (often the runner-up from the last election) until a full selection within 60 days.',
      recall:
        'A recall starts with a written petition giving reasons, signed by at least 10% of members or three members, whichever is more. The person is told first and may answer in writing, and the vote follows 14 days later. Two-thirds of those voting removes them.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['term-limits', 'delegate', 'board-member', 'appeals'],
    furtherReading: [{ title: 'Recall election (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Recall_election' }],
  },
  {
    slug: 'delegate',
    group: 'roles',
    name: 'Delegate',
    summary:
      'A member the group sends to speak for it in another body, such as a federation or coalition, carrying a mandate the group agreed and recallable at any time.',
    details: {
      duties:
        'Represents the group in another body (a federation, a coalition, a network of co-ops, a union council) and carries a mandate the group agreed before each meeting: what they may agree to, what they must refuse, and where they must come back and ask. The delegate reports back in writing within a week of each meeting. They use their own judgment only on matters the mandate does not cover and that cannot wait, and say so in the report.',
      term: 'Six months, or a single meeting for a one-off gathering, with at most two terms in a row. An alternate attends alongside the delegate to learn the role.',
      selection:
        'The group chooses the delegate and an alternate at a meeting before the mandate is set, by consent or, if that fails, by majority vote. Where the other body meets often, the group may rotate the role between two or three members.',
      recall:
        'Recallable at any time: if a meeting with the usual quorum decides by majority that the delegate has gone beyond the mandate, the alternate takes over at once and the other body is told in writing. Where the other body allows it, the group also withdraws the vote its delegate cast.',
    },
    facets: {
      organisationKinds: [
        'activist-collective',
        'cooperative',
        'mutual-aid',
        'neighbourhood-group',
        'nonprofit',
        'workplace',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['circle-link', 'spokesperson', 'recall'],
    furtherReading: [
      { title: 'Imperative mandate (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Imperative_mandate' },
    ],
  },
  {
    slug: 'benevolent-dictator',
    group: 'roles',
    name: 'Benevolent dictator',
    summary:
      'One named lead holds final say and is trusted to use it for the group, while everyone else proposes, advises and pushes back. Common in young open-source projects.',
    details: {
      duties:
        'Sets the overall direction, settles disputes the community cannot settle itself, and appoints maintainers or stewards. The lead may decide anything alone, but commits to listening before deciding, explaining significant decisions in public, and following the same code of conduct as everyone else.',
      term: 'Open-ended, reviewed yearly: each year the lead writes a public note on how the arrangement is working and whether the project has outgrown it. The lead keeps a written note of their chosen successor and keeps it current.',
      selection:
        'Usually the project’s founder. A successor is named by the outgoing lead and confirmed by the maintainers by consent; if the lead leaves without naming one, the maintainers choose together.',
      recall:
        'No vote removes the lead directly, which is this model’s main weakness; the usual check is that contributors can fork or walk away. To soften that, the rule can say the lead steps down within 30 days if two-thirds of maintainers ask, and that the maintainers act together in the lead’s place if the lead is unreachable for 30 days.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['maintainer', 'executive-decision', 'veto', 'steward'],
    furtherReading: [
      {
        title: 'Benevolent dictator for life (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Benevolent_dictator_for_life',
      },
      {
        title: 'Producing Open Source Software, by Karl Fogel',
        url: 'https://producingoss.com/',
        note: 'Its chapter on governance compares benevolent dictatorship with consensus-based democracy.',
      },
    ],
  },
  {
    slug: 'maintainer',
    group: 'roles',
    name: 'Maintainer',
    summary:
      'Looks after a codebase or part of one: reviews and merges contributions, triages issues and cuts releases, with write access earned through steady work.',
    details: {
      duties:
        'Reviews and merges contributions, triages issues, cuts releases and keeps the contributing guide accurate for their part of the project. A maintainer may merge a change alone once it has had at least one review and 72 hours for comment; changes to public interfaces, the licence or governance go to all maintainers.',
      term: 'No fixed term, but a maintainer with no reviews, merges or comments for six months becomes emeritus: they keep the credit and lose write access, and can return simply by asking.',
      selection:
        'An existing maintainer nominates a contributor with about three months of good reviews and merged work. The nomination passes if no maintainer objects within seven days, and the new maintainer is announced publicly and added to the MAINTAINERS file.',
      recall:
        'For a breach of the code of conduct, or repeatedly merging against the agreed process, two-thirds of the other maintainers can remove write access after telling the person why and hearing their side. In a security emergency any two maintainers may suspend access at once, with that vote held within a week.',
    },
    facets: {
      organisationKinds: ['open-source'],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['global'],
    },
    related: ['benevolent-dictator', 'lazy-consensus', 'steward', 'mentor'],
    furtherReading: [
      {
        title: 'Producing Open Source Software, by Karl Fogel',
        url: 'https://producingoss.com/',
        note: 'Covers how projects grant and withdraw commit access.',
      },
    ],
  },
  {
    slug: 'coordinator',
    group: 'roles',
    name: 'Coordinator',
    summary:
      'Keeps the group’s work moving between meetings: tracks who is doing what, follows up on deadlines and is the first point of contact for people outside.',
    details: {
      duties:
        'Keeps track of who is doing what, follows up kindly on deadlines, spots gaps and overlaps, and is the first point of contact for people outside the group. The coordinator may make small practical calls alone (booking a room, moving a task, spending up to an agreed small sum) but not policy. They post a short weekly update so members can see where things stand.',
      term: 'Four months for volunteers, with a two-week overlap with the next coordinator. A paid coordinator serves a year, with a review at six months.',
      selection:
        'Volunteers put their names forward at a meeting and say how many hours a week they can give; the group chooses by consent. When the load is heavy, the group prefers two people sharing the role.',
      recall:
        'A coordinator who can no longer keep up steps down with two weeks’ notice and no blame. Members can ask for an early change at any meeting, which takes consent, or a simple majority if consent is not reached.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'activist-collective', 'neighbourhood-group', 'workplace', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['steward', 'working-group-lead', 'secretary', 'rotation'],
    furtherReading: [],
  },
  {
    slug: 'spokesperson',
    group: 'roles',
    name: 'Spokesperson',
    summary:
      'Speaks for the group to the press, partners and the public, using messages the group has agreed, and brings anything new back before answering.',
    details: {
      duties:
        'Speaks for the group to journalists, partner organisations and the public, using messages the group has agreed. The spokesperson may answer anything already decided or published; on anything new or contested they say they will come back, and take it to the group. They keep a short log of who they spoke to and what they said.',
      term: 'Three months or one campaign, whichever is shorter, and at most two terms in a row, so the group’s public face does not become one person.',
      selection:
        'The group chooses a spokesperson and a backup by consent at a meeting, giving weight to people most affected by the issue. Nobody is pushed into the role, since being visible carries more risk for some members than others.',
      recall:
        'If the spokesperson goes beyond the agreed messages, any two members can call a quick check-in, in person or online, within 48 hours. A majority there can hand the role to the backup immediately, and the group decides whether to issue a correction.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'neighbourhood-group', 'nonprofit', 'mutual-aid', 'cooperative'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['delegate', 'coordinator', 'announcement-channel'],
    furtherReading: [],
  },
  {
    slug: 'welcome-host',
    group: 'roles',
    name: 'Welcome host',
    summary:
      'Greets newcomers, explains how the group works, introduces them to a few people and checks in with them a month later.',
    details: {
      duties:
        'Greets newcomers at the door of a meeting, or in the new-members channel within 48 hours of someone joining, explains how the group works, and introduces them to two or three people. A month later the host checks in to see how they are getting on. The host can add people to channels and the member list, but does not approve or reject anyone’s membership.',
      term: 'Two months, with at least two hosts whose turns overlap, so there is always someone around to welcome people.',
      selection:
        'Anyone who has been a member for at least three months may volunteer, and is paired with an experienced host for their first fortnight. People who joined recently are especially good at it, because they remember what was confusing.',
      recall:
        'A host who has not answered newcomers within a week gets a gentle reminder from the other host; if it keeps happening, the coordinator or the group asks someone else to take over. Complaints about how a newcomer was treated go through the code of conduct as usual.',
    },
    facets: {
      organisationKinds: [
        'online-community',
        'open-source',
        'mutual-aid',
        'neighbourhood-group',
        'activist-collective',
        'cooperative',
      ],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['mentor', 'sponsorship-by-a-member', 'inclusion', 'moderator'],
    furtherReading: [],
  },
  {
    slug: 'conflict-steward',
    group: 'roles',
    name: 'Conflict steward',
    summary:
      'A trusted member anyone can approach in confidence when something is wrong between people, who explains the options and helps arrange the next step.',
    details: {
      duties:
        'Is the first person members can go to, in confidence, when something is wrong between people. The conflict steward listens, explains the options (a direct conversation, mediation, the code of conduct process) and helps arrange the next step. They keep matters confidential unless someone is at risk, never impose an outcome alone, and step aside from any case involving themselves or someone close to them.',
      term: 'One year, with two stewards whose terms start six months apart, so one always has experience and members can choose whom to approach.',
      selection:
        'Members nominate people they would trust with a difficult conversation. Nominees who accept are confirmed by a two-thirds vote, so that each has broad trust, and the group offers to pay for basic mediation training.',
      recall:
        'Trust is the whole of this role, so a steward steps down if a majority of members, voting privately, say they have lost confidence in them. A complaint about a steward goes to the other steward or the board, never to the steward concerned.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['mediation', 'code-of-conduct', 'direct-conversation-first', 'moderator'],
    furtherReading: [],
  },
  {
    slug: 'vibes-watcher',
    group: 'roles',
    name: 'Vibes-watcher',
    summary:
      'During a meeting, one person watches how people are doing rather than what is being said, and calls a pause when tension or tiredness builds.',
    details: {
      duties:
        'Pays attention to the mood of the meeting rather than its content: energy, tension, who has not spoken, who seems upset. The vibes-watcher may call a short pause, suggest a stretch or a quick round of how people are feeling, or check in quietly with someone at the break. While in the role, they stay out of the discussion itself.',
      term: 'One meeting at a time, rotating along with the facilitator and timekeeper.',
      selection:
        'Picked at the start of each meeting from whoever volunteers, by quick agreement, and never the facilitator, so the two can support each other. It suits newer members well, because it asks for attention rather than experience.',
      recall:
        'Anyone can ask for a different vibes-watcher at any point, and the facilitator makes the swap without discussion. If the role keeps being ignored, raise that in the meeting’s closing round.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'cooperative', 'neighbourhood-group', 'workplace'],
      sizeBands: ['6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['facilitator', 'timekeeper', 'care'],
    furtherReading: [],
  },
  {
    slug: 'timekeeper',
    group: 'roles',
    name: 'Timekeeper',
    summary:
      'Tracks the time agreed for each agenda item and tells the group when it has run out, so the group, not the loudest voice, decides whether to carry on.',
    details: {
      duties:
        'Keeps time against the agenda, gives a signal two minutes before an item’s time is up and again at zero, and tells the group when an item has overrun. The group then chooses: extend by a set amount, move on, or hand the item to a smaller group. The timekeeper never cuts anyone off on their own authority.',
      term: 'One meeting, rotating along with the facilitator; at a long event such as a weekend retreat, one session at a time.',
      selection:
        'Agreed at the start of the meeting, usually whoever is next on the rota, and confirmed by the facilitator. Anyone can do it, which makes it a good first role.',
      recall:
        'If the timekeeper gets caught up in a discussion, they pass the timer to someone else for that item. The facilitator can ask for a swap at any time.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['facilitator', 'vibes-watcher', 'regular-meetings'],
    furtherReading: [],
  },
  {
    slug: 'working-group-lead',
    group: 'roles',
    name: 'Working group lead',
    summary:
      'Convenes a small group the wider membership has set up for one area of work, keeps it on track within its mandate and reports back each month.',
    details: {
      duties:
        'Convenes a working group set up for one area, such as events, fundraising or documentation: calls its meetings, keeps its task list and reports to the whole group monthly. The working group decides anything inside the mandate it was given (budget, scope, deadline). The lead breaks ties only if the working group has agreed they should, and brings anything outside the mandate back to everyone.',
      term: 'For the life of the working group, up to one year. A working group that lasts longer chooses its lead again each year.',
      selection:
        'The working group’s members choose their lead from among themselves by consent at their first meeting and tell the whole group, which can object within seven days.',
      recall:
        'Working group members can replace their lead by a majority among themselves at any meeting. The whole group can also close the working group or change its mandate, which ends the lead’s role with it.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'nonprofit',
        'open-source',
        'activist-collective',
        'neighbourhood-group',
        'workplace',
      ],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegation', 'steward', 'circle-link', 'coordinator'],
    furtherReading: [],
  },
  {
    slug: 'circle-link',
    group: 'roles',
    name: 'Circle link (sociocracy)',
    summary:
      'A member chosen by their circle to sit in the wider circle it belongs to, carrying its view and bringing back the wider circle’s, with a full voice in both.',
    details: {
      duties:
        'Carries information and concerns between a circle and the wider circle above it, attending both as a full member and taking part in decisions by consent in each. The link speaks for the circle’s agreed view, not only their own, and may not commit the circle to anything it has not agreed. After each wider-circle meeting they report back at the circle’s next meeting.',
      term: 'One year, after which the circle holds a fresh selection; the same person may be chosen again.',
      selection:
        'Chosen by the circle in a selection round: the duties are read out, each member writes down a nominee and says why, people may change their nomination after hearing the others, and the facilitator proposes the person with the strongest support for consent.',
      recall:
        'The circle can hold a new selection round at any meeting. A concern that the link is not carrying the circle’s view counts as a reasoned objection to the link continuing, and is resolved like any other objection.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'activist-collective'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegate', 'consent', 'working-group-lead'],
    furtherReading: [
      { title: 'Sociocracy (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Sociocracy' },
      {
        title: 'Many Voices One Song: Shared Power with Sociocracy, by Ted J. Rau and Jerry Koch-Gonzalez',
        note: 'A detailed handbook covering circles, links and selection by consent.',
      },
    ],
  },
  {
    slug: 'co-chairs',
    group: 'roles',
    name: 'Co-chairs',
    summary:
      'Two people share the chair of a board or committee, taking turns to run meetings and checking each other’s decisions, so no one person holds the gavel.',
    details: {
      duties:
        'Set the agenda together, take turns chairing meetings, speak for the board or committee between meetings, and sign documents that need a chair’s signature. Neither co-chair acts alone on anything the other has not seen; if they disagree, the question goes to the full board or committee.',
      term: 'Two years, staggered by one year so one co-chair is always experienced, with at most two terms in a row.',
      selection:
        'The board or committee elects one co-chair each year from among its own members. Many groups ask that the two bring different perspectives, for example not both from the founding group.',
      recall:
        'A two-thirds vote of the board or committee removes a co-chair, with the item on the agenda at least seven days ahead. The other co-chair carries on alone until a replacement is elected within 30 days.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'activist-collective', 'open-source', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['board-member', 'facilitator', 'term-limits'],
    furtherReading: [],
  },
  {
    slug: 'trustee',
    group: 'roles',
    name: 'Trustee',
    summary:
      'Holds legal responsibility for the organisation and its assets, making sure it keeps to its purpose and the law and that its money is used as intended.',
    details: {
      duties:
        'Makes sure the organisation acts within its purpose and the law, that money is spent as intended, and that risks are understood and managed. Trustees decide together, never alone; each declares any conflict of interest and is usually unpaid for the role. Because trustees can be personally liable in some countries, each one reads the accounts and asks questions rather than leaving it to the treasurer.',
      term: 'Three years, with about a third of trustees retiring each year, and no more than three terms (nine years) in all.',
      selection:
        'Elected by members at the annual meeting, or appointed by the existing trustees where the governing document allows, after a check that the person is legally allowed to serve under local law. Each new trustee gets an induction: the governing document, last year’s accounts and the current risks.',
      recall:
        'Members can remove a trustee by the resolution the governing document sets out, commonly a two-thirds vote at a general meeting. The other trustees can remove one for a serious breach, such as missing three meetings in a row without reason, and in some countries the charity regulator can also act.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['board-member', 'treasurer', 'auditor', 'term-limits'],
    furtherReading: [
      {
        title: 'Trustee (Wikipedia)',
        url: 'https://en.wikipedia.org/wiki/Trustee',
        note: 'Legal duties differ by country; check your regulator’s guidance too.',
      },
    ],
  },
  {
    slug: 'auditor',
    group: 'roles',
    name: 'Auditor',
    summary:
      'Someone independent of the people handling the money checks the books each year and reports to members, in plain words, what they found.',
    details: {
      duties:
        'Checks the books once a year, and spot-checks when members ask, comparing bank statements, receipts and the treasurer’s reports. The auditor tells members in plain words what they found. They may ask to see any financial record and must be given it within 14 days, but they do not approve spending or run the accounts.',
      term: 'One year, covering one financial year. Nobody audits more than three years in a row, and nobody who has held a finance role in the past two years may audit.',
      selection:
        'Appointed by members at the annual meeting, from outside the board and not related to or living with the treasurer. A small group can swap with a friendly group; a larger one, or one with legal reporting duties, hires an independent examiner or accountant.',
      recall:
        'Members can replace the auditor by majority vote at any general meeting. Neither the treasurer nor the board can dismiss the auditor alone, which is what keeps the role independent.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'mutual-aid', 'neighbourhood-group'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['treasurer', 'transparency-of-finances', 'trustee', 'accountability'],
    furtherReading: [],
  },
  {
    slug: 'mentor',
    group: 'roles',
    name: 'Mentor',
    summary:
      'An experienced member pairs with a newcomer for their first few months, answering the questions people are shy to ask in public and helping them find their place.',
    details: {
      duties:
        'Meets or calls a newer member every two weeks, answers the questions people are shy to ask in public, helps them find work that suits them, and points out roles they might grow into. The mentor keeps what is shared in confidence and does not judge the newcomer’s membership unless the joining process specifically asks them to.',
      term: 'Three months per pairing, longer if both want it. A mentor takes on no more than two people at a time.',
      selection:
        'Newcomers may ask for a particular mentor; otherwise the welcome host pairs them with a volunteer who has been a member for at least six months. Either person can ask for a different pairing without giving a reason.',
      recall:
        'Either side can end the pairing at any time by telling the welcome host, who arranges a new one. A mentor who breaks confidence or pressures a mentee is dealt with under the code of conduct and taken off the list of mentors.',
    },
    facets: {
      organisationKinds: ['open-source', 'cooperative', 'online-community', 'nonprofit', 'workplace'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['welcome-host', 'sponsorship-by-a-member', 'probation-period', 'maintainer'],
    furtherReading: [{ title: 'Mentorship (Wikipedia)', url: 'https://en.wikipedia.org/wiki/Mentorship' }],
  },
]
