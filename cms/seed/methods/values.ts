/**
 * Seed content for the methods library: the values group.
 *
 * Each value is written as a method: what living it looks like in practice (`meaning`) and what the
 * group would notice if it slipped (`warningSigns`). The first six slugs are the original module ids
 * from core/schema/modules.ts and keep their meaning; solidarity, mutual-aid and subsidiarity are
 * referenced by other content.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const valuesMethods: MethodData<'values'>[] = [
  {
    slug: 'transparency',
    group: 'values',
    name: 'Transparency',
    summary:
      'We work in the open, so members can see how and why decisions are made, who holds which role and where the money goes.',
    details: {
      meaning:
        'Proposals, decisions and the reasons for them are written down in one place every member can find, within a week of being made, and meeting notes say who was there, what was decided and who will do what. Roles, their holders and the limits of their authority are listed where everyone can see them, and the accounts are shared at least every quarter. When something has to stay confidential, such as a health matter or a complaint in progress, we say that something is being withheld and why, rather than pretending there is nothing.',
      warningSigns:
        'Decisions surface as done deals and nobody can say when or where they were made. Newcomers learn how things really work only when an old hand tells them privately. Notes stop being posted, or say “discussed the budget” without the outcome. A question like “who decided this?” gets an irritated reply instead of a link.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['public-minutes', 'transparency-of-finances', 'accountability', 'honesty'],
    furtherReading: [
      {
        title: 'The Tyranny of Structurelessness',
        url: 'https://en.wikipedia.org/wiki/The_Tyranny_of_Structurelessness',
        note: 'Jo Freeman’s essay on how unwritten structures hide power.',
      },
    ],
  },
  {
    slug: 'inclusion',
    group: 'values',
    name: 'Inclusion',
    summary:
      'We make it possible for people of different backgrounds, abilities and circumstances to take part fully, not just to turn up.',
    details: {
      meaning:
        'We look at who is in the room and who is missing, and change how we work to reach the people we are missing: meeting times that suit carers and shift workers, written as well as spoken ways to contribute, and plain language instead of in-jokes and acronyms. Every newcomer is offered a named person to ask questions. Roles with influence are actively offered to people who have not held one before, rather than left to whoever volunteers first. Once a year we check whether the people making decisions reflect the people the group serves.',
      warningSigns:
        'The same five people speak in every meeting and hold every role. Newcomers come once or twice and don’t return, and nobody asks them why. Decisions depend on knowledge only long-standing members have: the history, the unwritten rules, the right channel to use. People who can’t make the weekday evening meeting effectively have no say.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['accessibility', 'hospitality', 'equity', 'rotation'],
    furtherReading: [],
  },
  {
    slug: 'care',
    group: 'values',
    name: 'Care',
    summary:
      'We look after one another’s wellbeing and treat each other with patience and kindness, as people first and contributors second.',
    details: {
      meaning:
        'Meetings start with a short check-in, and “I’m not doing well this week” is a normal thing to say, not a failure. When someone is ill, bereaved or overwhelmed, their tasks are picked up without them having to ask twice, and someone gets in touch personally. Hard feedback is given privately first, with the aim of helping. When a member goes quiet, someone asks after them instead of assuming they have lost interest.',
      warningSigns:
        'People apologise for being ill. Members drift away and nobody notices for months. Criticism lands in a public thread before it has ever been said to the person directly. The group celebrates output but never asks how people are, and the only way to be noticed is to be indispensable.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['rest', 'mutual-aid', 'safety', 'direct-conversation-first'],
    furtherReading: [
      {
        title: 'The Care Manifesto: The Politics of Interdependence',
        note: 'The Care Collective (Verso, 2020).',
      },
    ],
  },
  {
    slug: 'accountability',
    group: 'values',
    name: 'Accountability',
    summary:
      'People who take on responsibility explain their actions and answer to the group, and the group has a clear way to act when they don’t.',
    details: {
      meaning:
        'Every commitment has a name and a date attached, and comes back at the next meeting as done, not done, or handed back. People in roles report on what they did with the authority they were given at least every three months, and answer questions about it. When something goes wrong we say what happened and what we will change, without hunting for someone to blame. Anyone, including the most influential members, can be asked to account for a decision, and the group has a clear route, such as recall, if the answer isn’t good enough.',
      warningSigns:
        'Tasks are agreed in meetings and never mentioned again. Role-holders can’t be reached or won’t explain decisions, and questions are treated as attacks. Mistakes are hidden, or the same one repeats because nobody looked at why it happened. Founders or big contributors are quietly exempt from rules everyone else follows.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['recall', 'transparency', 'fairness', 'public-minutes'],
    furtherReading: [],
  },
  {
    slug: 'autonomy',
    group: 'values',
    name: 'Autonomy',
    summary:
      'People and teams are free to act within their areas without asking permission for everything, and free to say no.',
    details: {
      meaning:
        'Each role, team or working group has a written area: what it decides alone, what it must consult on, and what goes to the whole group. Inside that area people act and tell the group afterwards rather than waiting for a meeting. The group steps in only when a decision crosses into someone else’s area, spends above an agreed limit (for example £200), or breaks the rule. Members are equally free to turn down a task, leave a project, or work in the way that suits them.',
      warningSigns:
        'Small decisions, like buying printer paper or merging a typo fix, wait weeks for approval. People ask “am I allowed to…?” about things plainly within their remit. One person reviews or overrides everything. Or the reverse: a team acts in ways that affect everyone, calls it autonomy, and nobody else knows what it is doing.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegation', 'subsidiarity', 'steward', 'trust'],
    furtherReading: [],
  },
  {
    slug: 'sustainability',
    group: 'values',
    name: 'Sustainability',
    summary:
      'We pace our work and use our resources so that the group and its people can keep going for the long term.',
    details: {
      meaning:
        'We take on only what the people we have can do without burning out, and say “no” or “not yet” to new projects when capacity is short. Every essential job has at least two people who know how to do it, with the handover written down. Money is planned a year ahead, and where the group has running costs it keeps a reserve of at least three months of them. Once a year we ask what we should stop doing, not only what to add.',
      warningSigns:
        'The same few people do everything and talk about being tired. One person’s holiday or illness stops the group working. New projects launch while old ones quietly rot. Funding runs from grant to grant with no plan for the gap, and nobody has looked at the reserve in a year.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['rest', 'frugality', 'rotation', 'annual-review'],
    furtherReading: [],
  },
  {
    slug: 'solidarity',
    group: 'values',
    name: 'Solidarity',
    summary:
      'We stand with each other and with others in struggle, treating their fight as connected to ours even when it costs us something.',
    details: {
      meaning:
        'When a member is targeted, whether by a landlord, an employer or an online pile-on, the group shows up: people turn out, write, share the load and make it clear they are not alone. We back allied groups with our time, platform or money when they ask, and we ask them in turn. Support is offered on the terms of those affected: we ask what they need rather than deciding for them, and we don’t take credit for their work. Disagreements inside the group are argued out internally, not aired in ways that hand opponents a weapon.',
      warningSigns:
        'A member in trouble is told it’s a personal matter. The group posts statements of support but nobody turns up. Requests from allies go unanswered, or help arrives with strings and a logo attached. Internal disputes are fought in public, in front of the people the group is organising against.',
    },
    facets: {
      organisationKinds: [
        'activist-collective',
        'mutual-aid',
        'cooperative',
        'workplace',
        'neighbourhood-group',
        'nonprofit',
      ],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['mutual-aid', 'courage', 'reciprocity'],
    furtherReading: [{ title: 'Solidarity', url: 'https://en.wikipedia.org/wiki/Solidarity' }],
  },
  {
    slug: 'mutual-aid',
    group: 'values',
    name: 'Mutual aid',
    summary:
      'Members meet one another’s material needs directly and as equals, giving what they can and taking what they need, without means tests or the hierarchy of charity.',
    details: {
      meaning:
        'Requests and offers, such as lifts to appointments, groceries, childcare, a small loan or help moving, go in one shared place where anyone can respond. Nobody has to prove they deserve help; a request is taken at face value. People who receive help are members with a say, not clients, and people who give are not owed gratitude or control. Where there is a shared fund, small grants (for example up to £100) are paid within 48 hours on the agreement of any two members, without waiting for a meeting.',
      warningSigns:
        'A small core of helpers makes every decision and the people they help have no voice. Requests sit unanswered for days. Forms, eligibility checks or “tell us why you need it” creep in. The group starts talking about “service users” and counts people served rather than relationships built.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'neighbourhood-group', 'activist-collective', 'cooperative'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: ['local', 'regional'],
    },
    related: ['solidarity', 'reciprocity', 'care', 'transparency-of-finances'],
    furtherReading: [
      {
        title: 'Mutual Aid: Building Solidarity During This Crisis (and the Next)',
        note: 'Dean Spade (Verso, 2020). A practical guide to organising mutual aid groups.',
      },
      {
        title: 'Mutual aid (organization theory)',
        url: 'https://en.wikipedia.org/wiki/Mutual_aid_(organization_theory)',
      },
    ],
  },
  {
    slug: 'subsidiarity',
    group: 'values',
    name: 'Subsidiarity',
    summary:
      'Decisions are made by the smallest group closest to the people they affect, and move to a wider body only when that group cannot handle them alone.',
    details: {
      meaning:
        'A local branch, working group or team decides everything that affects only itself: its meeting times, its projects, its spending within its allocation. Only matters that affect several groups, or that one group cannot resolve alone, go to a wider body, and that body has to show why it needs to decide. The wider body’s powers are listed in writing, and anything not on the list stays local. When a question is passed upward, the group that raised it stays involved in deciding it.',
      warningSigns:
        'A central committee sets the agenda for local groups and approves their spending line by line. Local groups wait for permission on matters that affect nobody else. Or the opposite: a question that clearly affects everyone is settled by one branch alone. Members can’t say which decisions belong at which level.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['autonomy', 'delegation', 'local-first', 'pluralism'],
    furtherReading: [{ title: 'Subsidiarity', url: 'https://en.wikipedia.org/wiki/Subsidiarity' }],
  },
  {
    slug: 'consent-culture',
    group: 'values',
    name: 'Consent culture',
    summary:
      'We ask before we act on one another, before sharing someone’s story, photo or details or signing them up for work, and we treat “no” as a complete answer.',
    details: {
      meaning:
        'We ask before photographing people at events, before quoting a message outside the space it was written in, and before adding anyone to a list, chat or rota. An invitation to take on a role comes with a real option to decline, and a “no” needs no explanation. Consent can be withdrawn: someone who agreed to lead a project can step back, and someone who shared their story can ask for it to be taken down. At in-person events, hugs and touch are offered, never assumed.',
      warningSigns:
        'People find they have been added to groups, rotas or mailing lists they never agreed to. Photos of members appear online without anyone asking them. Someone who turns down a task is pressed until they give in, or gains a reputation for not pulling their weight. “It’s just how we do things here” is the answer when someone objects.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['privacy', 'safety', 'code-of-conduct', 'autonomy'],
    furtherReading: [],
  },
  {
    slug: 'accessibility',
    group: 'values',
    name: 'Accessibility',
    summary:
      'We remove the barriers that stop disabled people and others from taking part, and treat access as part of planning rather than a favour granted on request.',
    details: {
      meaning:
        'Every invitation lists the access details: step-free entry, toilets, seating, a quiet space, captions, and whether food is provided. Online meetings run with captions on and a text chat for anyone who can’t or would rather not speak, and papers are shared in advance in formats that screen readers can read. Access costs such as interpreters or help with transport are budgeted before any extras. People can tell us their needs once, privately, and not have to explain themselves again.',
      warningSigns:
        'Invitations say nothing about access, so people have to ask and feel like a burden. Meetings are booked in venues with steps or in noisy pubs. Slides are pictures of text, links say “click here”, and recordings have no captions. The same disabled member has to raise the same need at every event.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['inclusion', 'hospitality', 'equity'],
    furtherReading: [
      {
        title: 'Web Content Accessibility Guidelines (WCAG) overview',
        url: 'https://www.w3.org/WAI/standards-guidelines/wcag/',
        note: 'The W3C standard for accessible websites and documents.',
      },
    ],
  },
  {
    slug: 'equity',
    group: 'values',
    name: 'Equity',
    summary:
      'We share out resources, time and influence according to what people need to take part, so that those who start with less are not left behind by rules that treat everyone the same.',
    details: {
      meaning:
        'Dues run on a sliding scale with a waiver anyone can take without giving reasons, and travel and childcare costs are reimbursed so that taking part doesn’t depend on having money to spare. Where there are paid roles, we publish the pay and keep the gap between highest and lowest narrow, for example no more than two to one. We notice whose work gets paid, thanked and promoted, and correct it when it follows existing lines of privilege. Invisible work, such as note-taking, cleaning up and welcoming people, is counted and shared out.',
      warningSigns:
        'Only people who can afford to travel, take unpaid time off or pay full dues end up in decision-making roles. Note-taking, tidying and emotional support keep falling to the same people, often women or newer members, and are never counted. A hardship fund exists on paper but nobody knows how to ask for it.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'nonprofit',
        'mutual-aid',
        'activist-collective',
        'workplace',
        'neighbourhood-group',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['fairness', 'dues', 'inclusion', 'anti-oppression'],
    furtherReading: [],
  },
  {
    slug: 'honesty',
    group: 'values',
    name: 'Honesty',
    summary:
      'We tell each other the truth, including uncomfortable truths about money, progress and how we feel, and we don’t say yes when we mean no.',
    details: {
      meaning:
        'Progress reports say what isn’t going well as plainly as what is. If a deadline is going to be missed, the person responsible says so as soon as they know, not on the day. Members disagree openly in the meeting rather than nodding along and complaining afterwards. When we change our minds or get something wrong, we say so in the same place we said the original thing.',
      warningSigns:
        'Everything is “going great” until it collapses. The real conversation happens in side chats after the meeting. People accept tasks they have no time for because refusing feels rude. Figures in reports are rounded, reframed or left out when they look bad.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['transparency', 'courage', 'trust', 'direct-conversation-first'],
    furtherReading: [],
  },
  {
    slug: 'trust',
    group: 'values',
    name: 'Trust',
    summary:
      'We start from good faith, give people room to act without checking every step, and repair trust openly when it is damaged.',
    details: {
      meaning:
        'A member who takes on a task is trusted to do it their way; we ask for updates, not approvals, and when something goes wrong we assume a mistake before bad intent and ask before accusing. Trust also grows with a track record: newcomers start with small tasks and take on money, keys or admin rights as they show reliability, and that path is written down so it doesn’t depend on who you know. When trust is broken we name it and agree steps to repair it, rather than quietly freezing someone out.',
      warningSigns:
        'Every decision is checked by several people, or waits for a sign-off nobody has time to give. Suspicion spreads by rumour and people hear criticism of themselves second-hand. Passwords and admin rights stay with one founder forever. Or trust is given blindly: one person controls the bank account and nobody ever looks at it.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['autonomy', 'probation-period', 'restorative-circle', 'honesty'],
    furtherReading: [
      {
        title: 'Emergent Strategy: Shaping Change, Changing Worlds',
        note: 'adrienne maree brown (AK Press, 2017), on moving at the speed of trust.',
      },
    ],
  },
  {
    slug: 'reciprocity',
    group: 'values',
    name: 'Reciprocity',
    summary:
      'Giving and receiving flow both ways over time: everyone contributes in the ways they can, and everyone can draw on the group when they need it.',
    details: {
      meaning:
        'We recognise many kinds of contribution, from code and money to cooking, childcare and listening, and don’t rank one above the others. People who have taken a lot at one time are not made to feel in debt, and people who give a lot are encouraged to ask for help too. We don’t keep a ledger of favours, but once a year we look at whether the work of keeping the group going is spread widely or resting on a few. When we rely on other people’s work, we give back: credit, fixes sent upstream, or a turn at the chores.',
      warningSigns:
        'A few people only ever give and are quietly exhausted, while others only ever take and feel awkward about it. Some contributions, such as money or code, earn a voice while others, such as care work, earn nothing. Members start keeping score out loud. The outside projects we depend on hear from us only when we need something.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'open-source', 'cooperative', 'neighbourhood-group', 'online-community'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['mutual-aid', 'generosity', 'equity', 'solidarity'],
    furtherReading: [],
  },
  {
    slug: 'stewardship',
    group: 'values',
    name: 'Stewardship',
    summary:
      'We look after shared resources, such as money, tools, spaces, code and the group’s name, as holders for those who come after us, not as owners.',
    details: {
      meaning:
        'Every shared resource has a named steward who keeps it in good order and reports on it, and who answers to the group rather than being in charge of it. We leave things better than we found them: the hall swept, the accounts reconciled, the wiki page brought up to date. Large or irreversible uses of shared resources, like selling equipment, transferring a domain or spending the reserve, need the whole group’s agreement. Passwords, keys and legal documents are always held by at least two people.',
      warningSigns:
        'Nobody knows who has the keys, the bank login or the domain registration. Tools come back broken and the shared space is left for someone else to tidy. A steward starts treating their resource as personal property, deciding who may use it or refusing to hand it over when their term ends.',
    },
    facets: {
      organisationKinds: ['cooperative', 'neighbourhood-group', 'open-source', 'nonprofit', 'mutual-aid'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['steward', 'shared-ownership', 'treasurer', 'sustainability'],
    furtherReading: [
      {
        title: 'Governing the Commons: The Evolution of Institutions for Collective Action',
        note: 'Elinor Ostrom (Cambridge University Press, 1990). How communities manage shared resources over generations.',
      },
    ],
  },
  {
    slug: 'curiosity',
    group: 'values',
    name: 'Curiosity',
    summary:
      'We ask before we assume, treat new ideas and outside perspectives as worth exploring, and want to understand why people disagree.',
    details: {
      meaning:
        'When someone objects, the first response is a question, “what are you seeing that I’m not?”, rather than a rebuttal. New ways of working are tried as small experiments with an end date, say three months, and we look honestly at what happened. Members bring back what they have seen other groups do, and one meeting a quarter is set aside for that kind of learning. A newcomer’s “why do you do it this way?” is welcomed as useful, not treated as a challenge.',
      warningSigns:
        'Ideas from newer members are dismissed with “we tried that years ago”. Meetings are all status updates and no questions. People stop raising doubts because the reply is always defensive. Nobody in the group knows how similar groups elsewhere organise themselves.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: [],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['learning', 'humility', 'pluralism'],
    furtherReading: [],
  },
  {
    slug: 'humility',
    group: 'values',
    name: 'Humility',
    summary:
      'We hold our views and positions lightly, remember that the group is bigger than any one of us, and give credit away freely.',
    details: {
      meaning:
        'People in roles describe themselves as serving the group, and step down gracefully when their term ends or the group wants a change. Founders and experts explain their reasoning instead of leaning on their status, and accept being overruled. We admit the limits of what we know and ask the people affected by a decision rather than deciding on their behalf. Credit goes to the people who did the work, by name.',
      warningSigns:
        'Long tenure or expertise ends arguments: “I built this, so…”. A founder can’t let go of a role, or won’t carry out a decision they personally disagree with. Outside advice is waved away. Public thanks always go to the same visible leaders while the people who did the work go unnamed.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: [],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['term-limits', 'curiosity', 'generosity', 'accountability'],
    furtherReading: [],
  },
  {
    slug: 'courage',
    group: 'values',
    name: 'Courage',
    summary: 'We raise hard issues, act on our values when it is uncomfortable, and stand behind the people who do.',
    details: {
      meaning:
        'Members name problems, whether a harmful behaviour, a failing project or a conflict of interest, in the right forum, even when the person involved is popular or powerful. The group commits to protecting people who speak up from retaliation and to acting on what they raise. We take decisions we believe in even if they might cost us a funder, a partner or some members, and we explain them openly. Courage is not recklessness: we weigh risks out loud, especially the risks to our most exposed members.',
      warningSigns:
        'Everyone knows about a problem and nobody says it in a meeting. People who raised concerns in the past were sidelined, and others have learned the lesson. Decisions are shaped by avoiding criticism from a funder or a loud minority rather than by the group’s aims. Public statements are so hedged they say nothing.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['honesty', 'solidarity', 'escalation-path', 'code-of-conduct'],
    furtherReading: [],
  },
  {
    slug: 'generosity',
    group: 'values',
    name: 'Generosity',
    summary:
      'We give our time, knowledge and the benefit of the doubt freely, without keeping score or expecting something back.',
    details: {
      meaning:
        'Experienced members share what they know: they write the guide, pair with a newcomer, and answer the same question kindly for the tenth time. We read each other’s messages in the most generous plausible way before replying. Credit is spread widely, so release notes, newsletters and annual reports name the people who contributed, including the less visible work. We share our templates, tools and lessons openly with other groups.',
      warningSigns:
        'Knowledge is hoarded, and being the only one who knows how something works becomes a source of status. Beginners’ questions get curt replies or a bare “read the docs”. Messages are read in the worst light and threads escalate quickly. The group won’t share its materials with others in case they “steal” its ideas.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'mutual-aid', 'neighbourhood-group', 'nonprofit'],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['reciprocity', 'openness', 'hospitality'],
    furtherReading: [],
  },
  {
    slug: 'privacy',
    group: 'values',
    name: 'Privacy',
    summary:
      'Members’ personal information and private lives belong to them: we collect only what we need, protect what we hold and share nothing without permission.',
    details: {
      meaning:
        'We ask only for the personal details we actually use, often just a name and one way to get in touch, and write down who can see them. Member lists, addresses and complaint records are kept where only named roles can reach them, and deleted when someone leaves or after an agreed period such as two years. Nobody forwards a screenshot of a private conversation or passes on a member’s details without asking first. Members can take part under a chosen name where their safety calls for it.',
      warningSigns:
        'A spreadsheet of every member’s phone number and address sits in a shared folder anyone with the link can open. Sign-up forms ask for date of birth, gender or employer for no stated reason. Details of a complaint circulate beyond the people handling it. Former members are still on lists and in chats years after leaving.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['consent-culture', 'safety', 'leaving-and-removal', 'moderator'],
    furtherReading: [],
  },
  {
    slug: 'safety',
    group: 'values',
    name: 'Safety',
    summary:
      'Everyone can take part without fear of harassment, threat or retaliation, and the group acts quickly and fairly when someone is harmed.',
    details: {
      meaning:
        'We have a written code of conduct and at least two named people, not from the same circle of friends, to whom concerns can be raised in confidence. Every report is acknowledged within 48 hours, and the response puts the safety of the person harmed first. For in-person events we plan ahead: who holds the keys, how people get home late, what happens if someone is taken ill. People can make mistakes, ask naive questions and disagree with leaders without it being held against them.',
      warningSigns:
        'People avoid certain events or channels because of one person, and the group knows but hasn’t acted. Reports go nowhere, or the person who reported ends up leaving. Nobody is sure who to tell. Members stop asking questions in meetings for fear of looking foolish.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['code-of-conduct', 'moderator', 'care', 'consent-culture'],
    furtherReading: [{ title: 'Psychological safety', url: 'https://en.wikipedia.org/wiki/Psychological_safety' }],
  },
  {
    slug: 'joy',
    group: 'values',
    name: 'Joy',
    summary:
      'We make room for fun, celebration and friendship, because people stay in groups they enjoy being part of.',
    details: {
      meaning:
        'We mark wins out loud, whether it is the first release, the hundredth food parcel or a member’s new job, and hold at least two purely social gatherings a year with no agenda. Meetings start with something human and finish on time. Where we can, we let people work on what energises them, and we notice when work has become joyless. Humour is welcome as long as nobody is its target.',
      warningSigns:
        'Every gathering is a business meeting and nobody has shared a meal in a year. Successes pass without anyone mentioning them. Members describe the group as a duty they can’t get out of. The only laughter comes from in-jokes that newcomers can’t share.',
    },
    facets: {
      organisationKinds: [
        'neighbourhood-group',
        'mutual-aid',
        'activist-collective',
        'cooperative',
        'online-community',
        'open-source',
      ],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['care', 'rest', 'hospitality'],
    furtherReading: [],
  },
  {
    slug: 'rest',
    group: 'values',
    name: 'Rest',
    summary:
      'Rest is part of the work: members can step back, take breaks and say no without guilt, and the group plans for people being away.',
    details: {
      meaning:
        'Anyone can take a break of a few weeks or months just by telling the group, and their roles are covered or paused rather than left hanging. Nobody is expected to reply in the evenings or at weekends, and decisions aren’t made then unless they are truly urgent. After a big push, such as a campaign, a release or an event, we schedule a quiet fortnight before starting the next one. Long-serving members are encouraged to take a season off.',
      warningSigns:
        'People apologise for going on holiday, or take their laptop with them. Messages arrive at 1 a.m. and get replies at 1:05. Breaks happen only through burnout, and people who come back are greeted with a backlog. The group’s calendar has no gaps in it.',
    },
    facets: {
      organisationKinds: [
        'activist-collective',
        'mutual-aid',
        'open-source',
        'nonprofit',
        'cooperative',
        'online-community',
      ],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['sustainability', 'care', 'rotation', 'joy'],
    furtherReading: [{ title: 'Rest Is Resistance: A Manifesto', note: 'Tricia Hersey (Little, Brown Spark, 2022).' }],
  },
  {
    slug: 'learning',
    group: 'values',
    name: 'Learning',
    summary:
      'We treat mistakes and experience as material to learn from, review what we do regularly, and help every member grow their skills.',
    details: {
      meaning:
        'After each major event, campaign or release we hold a short review of what went well, what didn’t and what we will change, and write the answers where the next organiser will find them. Skills are passed on deliberately: every role-holder trains a successor, and members can shadow a role before taking it on. Where the group can afford it, members get time or money to learn, such as a workshop or a course. The rule itself is reviewed at least once a year in the light of what we have learned.',
      warningSigns:
        'The same problems come back at every event and nobody remembers last year’s lessons. Only one person can do the accounts or run the server, and nobody else has ever been shown how. Mistakes are hushed up instead of looked at. New members are left to work everything out for themselves.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['curiosity', 'annual-review', 'rotation', 'craft'],
    furtherReading: [{ title: 'Double-loop learning', url: 'https://en.wikipedia.org/wiki/Double-loop_learning' }],
  },
  {
    slug: 'openness',
    group: 'values',
    name: 'Openness',
    summary:
      'Our doors, our work and our ideas are open to outsiders: anyone can see what we do, join in, reuse what we make and suggest changes.',
    details: {
      meaning:
        'Anyone can read our discussions and make a suggestion without first being invited; membership decides who votes, not who may speak. What we make, whether documents, code or templates, is published under an open licence so others can reuse and adapt it. Plans are shared while they are still taking shape, not only once they are final. Every outside contribution gets a reply within a set time, such as a week, even if the answer is no.',
      warningSigns:
        'Work moves to private channels “to get things done” and never comes back. Outside suggestions and contributions sit for months without a reply. Materials are locked in closed formats or carry no licence, so nobody can legally reuse them. The group says it is open, but in practice people join only by personal invitation.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'nonprofit', 'activist-collective'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: [],
      scales: ['regional', 'global'],
    },
    related: ['transparency', 'open-membership', 'generosity', 'pluralism'],
    furtherReading: [
      {
        title: 'Producing Open Source Software',
        url: 'https://producingoss.com/',
        note: 'Karl Fogel’s free book on running open projects.',
      },
    ],
  },
  {
    slug: 'fairness',
    group: 'values',
    name: 'Fairness',
    summary:
      'The same rules apply to everyone, processes are followed consistently, and people get a fair hearing before any decision that affects them.',
    details: {
      meaning:
        'Rules are written down and applied the same way whether the person involved is a founder or joined last week. Before any decision that affects someone personally, such as removal, an upheld complaint or a role taken away, they hear the concerns, get a reasonable time to respond (say 14 days) and can appeal to people who were not involved. Anyone with a conflict of interest says so and steps out of the decision. Shared opportunities like paid work, speaking slots and travel budget are offered openly rather than passed along to friends.',
      warningSigns:
        'Friends of the core team get away with behaviour that got others removed. Decisions about individuals are made before they know there is a problem. The rules are invoked selectively, usually against newer or less popular members. Paid work and opportunities go to the same small circle without an open call.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['appeals', 'accountability', 'equity', 'jury-review'],
    furtherReading: [{ title: 'Procedural justice', url: 'https://en.wikipedia.org/wiki/Procedural_justice' }],
  },
  {
    slug: 'non-violence',
    group: 'values',
    name: 'Non-violence',
    summary:
      'We pursue our aims and handle our conflicts without violence, intimidation or humiliation, both in what we do and in how we speak to each other.',
    details: {
      meaning:
        'Our actions and campaigns are planned as non-violent, and everyone taking part agrees to the guidelines and is offered training before they join in. In our own spaces we disagree without threats, name-calling, public shaming or piling on. When anger runs high we slow down: pause the thread, move to a call, bring in a facilitator. We refuse to dehumanise opponents in our materials, even when they are doing harm.',
      warningSigns:
        'Heated threads turn into pile-ons against one member. Talk about opponents slides into mockery or threats. Members feel intimidated by someone at meetings and nobody intervenes. Actions go ahead without agreed guidelines, and afterwards people argue about what was acceptable.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'neighbourhood-group', 'online-community', 'nonprofit'],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['mediation', 'restorative-circle', 'code-of-conduct', 'safety'],
    furtherReading: [
      { title: 'Nonviolence', url: 'https://en.wikipedia.org/wiki/Nonviolence' },
      { title: 'Nonviolent Communication: A Language of Life', note: 'Marshall B. Rosenberg.' },
    ],
  },
  {
    slug: 'anti-oppression',
    group: 'values',
    name: 'Anti-oppression',
    summary:
      'We recognise that racism, sexism, ableism, classism and other systems of power show up inside our group too, and we work to undo them in how we share power.',
    details: {
      meaning:
        'We look at who holds roles, whose ideas get adopted and who leaves, using what members are willing to share about themselves, and we act on the patterns we find. Members with more social power, whether by race, gender, class, citizenship or ability, take care not to dominate and practise stepping back rather than speaking first. When someone names harm rooted in oppression, we listen, don’t demand proof that it was intended, and respond through our agreed process. Each year we set aside time to learn together, led where possible by people with lived experience who are paid for their time.',
      warningSigns:
        'Leadership is noticeably whiter, more male or more middle-class than the membership or the community served, and nobody mentions it. People who raise racism or sexism are told they are being divisive. Members from marginalised groups are asked to educate others for free, or to appear in photos but not in decisions. The same kinds of people leave after short stays and no one asks why.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['equity', 'inclusion', 'accountability', 'restorative-circle'],
    furtherReading: [],
  },
  {
    slug: 'environmental-care',
    group: 'values',
    name: 'Environmental care',
    summary:
      'We weigh the ecological cost of what we do, such as travel, purchases, waste, energy and hosting, and choose the lower-impact option where we reasonably can.',
    details: {
      meaning:
        'Meetings default to places reachable by public transport or bike, or to video, and nobody flies for something that could be done by train or online. Events avoid single-use plastic and plan food to limit waste, with leftovers going home with people or to a food share. When we need equipment we borrow, repair or buy second-hand first. Proposals for large spending note their environmental impact, and when we choose the higher-impact option we say why.',
      warningSigns:
        'Bags of rubbish after every event and nobody responsible for them. Equipment is bought new for a single use and then sits in a cupboard. Travel plans never consider the train. The group talks about the climate in its materials but has never looked at its own footprint.',
    },
    facets: {
      organisationKinds: [
        'neighbourhood-group',
        'cooperative',
        'activist-collective',
        'nonprofit',
        'mutual-aid',
        'workplace',
      ],
      sizeBands: [],
      maturities: [],
      scales: ['local', 'regional'],
    },
    related: ['frugality', 'sustainability', 'stewardship', 'local-first'],
    furtherReading: [],
  },
  {
    slug: 'local-first',
    group: 'values',
    name: 'Local first',
    summary:
      'We root our work in the place where our members live: knowing our neighbours, using local spaces and suppliers, and acting where we can see the results.',
    details: {
      meaning:
        'We meet in person in the neighbourhood where we can, in spaces that belong to the community such as the library, a church hall or someone’s garden. We spend money with local businesses and co-ops when the cost is similar, and partner with groups already working locally before starting something new. Decisions about the area involve the people who live there, and we don’t take up causes elsewhere at the cost of neglecting our own streets. Knowledge of the place, like who to call, which landlord owns what and which councillor listens, is written down and shared.',
      warningSigns:
        'Members know more about national campaigns than about the people on their road. Events are held in venues that local people don’t use or can’t reach. Supplies come from the cheapest online seller by default. People who live in the area are outnumbered in decisions by people who don’t.',
    },
    facets: {
      organisationKinds: ['neighbourhood-group', 'mutual-aid', 'cooperative', 'activist-collective'],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: [],
      scales: ['local'],
    },
    related: ['subsidiarity', 'mutual-aid', 'environmental-care', 'hospitality'],
    furtherReading: [],
  },
  {
    slug: 'craft',
    group: 'values',
    name: 'Craft',
    summary:
      'We take pride in doing our work well: carefully, reliably, with attention to detail, and in a way we can pass on so others can do it well too.',
    details: {
      meaning:
        'We agree what “done” means for our main kinds of work, such as a reviewed change with tests, a proofread leaflet or reconciled accounts, and we don’t cut those corners under time pressure without saying so. Experienced people review newcomers’ work to teach rather than to gatekeep, and explain their feedback. We would rather do fewer things properly than many things badly. Good work is recognised specifically, naming what was good about it rather than a bare “thanks”.',
      warningSigns:
        'Quality is quietly sacrificed to meet deadlines, and the same bugs or typos keep coming back. Reviews are either rubber stamps or harsh nitpicking with no explanation. Nobody maintains the tools or the documentation because it isn’t glamorous. The standards exist only in the head of one long-standing member.',
    },
    facets: {
      organisationKinds: ['open-source', 'cooperative', 'workplace', 'online-community'],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['learning', 'stewardship', 'humility'],
    furtherReading: [{ title: 'The Craftsman', note: 'Richard Sennett (Yale University Press, 2008).' }],
  },
  {
    slug: 'shared-ownership',
    group: 'values',
    name: 'Shared ownership',
    summary:
      'The people who do the work and use what we make own and control it together, so that no outside investor or single founder can take it away.',
    details: {
      meaning:
        'Assets such as the bank account, domain names, trademarks, property and code repositories are held by the group’s legal body or by at least two named trustees, never in one person’s name. On questions about assets every member has an equal say, one member one vote, whatever they have put in. Surpluses are shared or reinvested according to a rule the members agreed in advance. If the group winds up, what remains goes to a similar group rather than being divided among whoever is left.',
      warningSigns:
        'The domain, the bank account or the code organisation is in the founder’s name and only they can change it. Bigger funders or contributors expect bigger votes. Members describe it as “her project” or “their co-op”. There is no written answer to what happens to the assets if the group ends.',
    },
    facets: {
      organisationKinds: ['cooperative', 'open-source', 'workplace', 'mutual-aid', 'neighbourhood-group'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['stewardship', 'transparency-of-finances', 'treasurer', 'equity'],
    furtherReading: [
      {
        title: 'Rochdale Principles',
        url: 'https://en.wikipedia.org/wiki/Rochdale_Principles',
        note: 'The co-operative principles of democratic member ownership.',
      },
    ],
  },
  {
    slug: 'pluralism',
    group: 'values',
    name: 'Pluralism',
    summary:
      'Members hold different beliefs, priorities and ways of working, and the group is built to keep that variety rather than make everyone alike.',
    details: {
      meaning:
        'We agree on our shared purpose and the few rules that protect it, and leave everything else open, so members can belong to different parties, faiths and schools of thought. Working groups may organise in their own ways as long as they respect the shared rule. Minority views are recorded in the notes alongside the decision, and an outvoted position can be brought back after an agreed time, say six months. We work with partners we disagree with on some things when we share a goal.',
      warningSigns:
        'One faction’s views become an unspoken test of membership. People with minority views go quiet or leave, and the group mistakes the resulting silence for agreement. Working groups are made to follow one way of doing things for no reason beyond uniformity. Disagreement is treated as disloyalty.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['subsidiarity', 'curiosity', 'autonomy', 'openness'],
    furtherReading: [
      {
        title: 'Pluralism (political philosophy)',
        url: 'https://en.wikipedia.org/wiki/Pluralism_(political_philosophy)',
      },
    ],
  },
  {
    slug: 'hospitality',
    group: 'values',
    name: 'Hospitality',
    summary:
      'We welcome newcomers and guests warmly and deliberately, so that a first visit feels like being expected rather than intruding.',
    details: {
      meaning:
        'Someone is named to greet newcomers at each meeting and online: they introduce themselves, explain what is happening and follow up within a week. Every meeting opens with a round of names and a line of context, so nobody needs to know already who is who. There is a short, plain-language welcome guide and a list of good first tasks. Food, drink or at least a warm room are part of the plan, and guests from other groups are thanked and invited back.',
      warningSigns:
        'Newcomers stand at the edge of the room while regulars catch up with each other. Nobody introduces themselves and acronyms fill the first ten minutes. Online, new members’ introductions go unanswered. Visitors from partner groups leave without anyone having spoken to them.',
    },
    facets: {
      organisationKinds: [
        'neighbourhood-group',
        'mutual-aid',
        'activist-collective',
        'online-community',
        'open-source',
        'nonprofit',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['inclusion', 'sponsorship-by-a-member', 'accessibility', 'joy'],
    furtherReading: [
      { title: 'The Art of Gathering: How We Meet and Why It Matters', note: 'Priya Parker (Riverhead, 2018).' },
    ],
  },
  {
    slug: 'patience',
    group: 'values',
    name: 'Patience',
    summary:
      'We give people, decisions and the group itself the time they need, and resist rushing things that are better done slowly.',
    details: {
      meaning:
        'Important proposals get a set discussion period, at least a week and longer for changes to the rule, and are not pushed through in a single meeting. We accept that newcomers take months to find their feet, and that some members contribute slowly between jobs and caring duties. Experiments run their agreed course before we judge them. Urgency has to be argued for: skipping the usual time needs a real deadline, not just enthusiasm.',
      warningSigns:
        'Decisions are rushed through “because we need to move”, then reopened a few weeks later. Members who need time to think feel steamrollered in meetings. Newcomers are judged on their first few weeks. Every agenda item is marked urgent.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['async-proposals-thread', 'consent', 'trust', 'curiosity'],
    furtherReading: [],
  },
  {
    slug: 'frugality',
    group: 'values',
    name: 'Frugality',
    summary:
      'We spend shared money and members’ time carefully, choosing the simplest tool or approach that works, so our resources go to our purpose.',
    details: {
      meaning:
        'Before buying, we ask whether we can borrow, share or do without, and before adding a new tool or subscription, whether one we already have will do. Any spending above an agreed amount, for example £250, needs a short written reason that the group can see. Recurring costs such as hosting, software and rent are reviewed every year and cancelled when unused. We keep processes light too: no form, meeting or approval step unless it clearly earns its keep.',
      warningSigns:
        'Nobody can list what the group pays for each month. Subscriptions for abandoned tools keep renewing. Meetings and approval steps multiply while the actual work waits. Or frugality turns stingy: people pay out of their own pockets and aren’t reimbursed, or volunteers go without what they need to do the job.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['sustainability', 'transparency-of-finances', 'treasurer', 'environmental-care'],
    furtherReading: [],
  },
]
