/**
 * Seed content for the methods library: ways of handling conflict. Plain data, checked against the
 * methods schema before it is written. The first seven slugs are the catalogue's conflict modules
 * (core/schema/modules.ts) and keep their meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const conflictMethods: MethodData<'conflict'>[] = [
  {
    slug: 'direct-conversation-first',
    group: 'conflict',
    name: 'Direct conversation first',
    summary:
      'People who disagree first try to talk it through with each other, directly and in good faith, before anyone else is brought in.',
    details: {
      principle:
        'Most friction between members is a misunderstanding or an unmet expectation, and the two people involved are usually best placed to clear it up. Going to the person rather than around them keeps trust intact and stops small problems turning into factions.',
      scope:
        'Everyday disagreements about the work, tone, missed commitments or how a decision was made. It is not for harassment, threats, discrimination, or any case where one person has power over the other or feels unsafe meeting; those go straight to the code of conduct contacts.',
      protocol:
        'Within a week of the problem, ask the other person for a private conversation and say briefly what it is about. Describe what happened and how it affected you, listen to their side without interrupting, and look for one concrete thing each of you could do differently. Either of you may bring a trusted friend to sit in, and a short message afterwards confirming what you agreed helps you both remember it the same way.',
      fallbacks:
        'If the conversation has not happened within two weeks, or it happened and nothing changed, either person can ask for mediation without needing the other’s agreement. Nobody is penalised for skipping this step when they had good reason to feel unsafe.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['mediation', 'nonviolent-communication', 'escalation-path'],
    furtherReading: [
      {
        title: 'Difficult Conversations: How to Discuss What Matters Most',
        note: 'Book by Douglas Stone, Bruce Patton and Sheila Heen.',
      },
    ],
  },
  {
    slug: 'mediation',
    group: 'conflict',
    name: 'Mediation',
    summary:
      'A neutral third party helps people in conflict understand each other and find a way forward together. The mediator guides the conversation but does not decide the outcome.',
    details: {
      principle:
        'People in a conflict can usually find their own solution if someone without a stake helps them hear each other. Agreements the parties reach themselves tend to last longer than ones imposed on them.',
      scope:
        'Disagreements between two or a few members that direct conversation did not settle, including ones that have become personal. It is not suitable when one party is at risk from the other, when the facts of serious misconduct are disputed, or when someone refuses to take part.',
      protocol:
        'Either party asks for a mediator from a list of two to four members with training or experience, and both must accept the one chosen, who has no close tie to anyone involved. The mediator meets each person separately first, then holds one or two joint sessions of about 90 minutes where each speaks uninterrupted, the mediator reflects back what they heard, and the parties work towards specific agreements. Agreements are written down and confirmed by both, and the mediator checks in about a month later.',
      fallbacks:
        'If a party declines, or two joint sessions end without agreement, the mediator closes the case with a short note saying only that it did not resolve, with no judgement of who was at fault. The matter can then move to the next step of the escalation path, such as a conflict council or jury review.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['direct-conversation-first', 'peer-mediation', 'shuttle-mediation', 'external-mediator'],
    furtherReading: [
      { title: 'Mediation', url: 'https://en.wikipedia.org/wiki/Mediation' },
      {
        title: 'Getting to Yes: Negotiating Agreement Without Giving In',
        note: 'Book by Roger Fisher and William Ury on interest-based negotiation.',
      },
    ],
  },
  {
    slug: 'restorative-circle',
    group: 'conflict',
    name: 'Restorative circle',
    summary:
      'Those affected by a harm meet with a facilitator to understand what happened and agree together how to repair it.',
    details: {
      principle:
        'When someone is hurt, the question is not only which rule was broken but who was affected and what they need. Bringing the person who caused harm, the person harmed and others affected into one circle lets everyone be heard and puts repair ahead of punishment.',
      scope:
        'Harms where the person responsible accepts they played a part, and where the harmed person chooses to meet: a broken promise that cost others, hurtful words in a meeting, damage to shared property. It is not for situations where the harmed person would be unsafe in the room, or where what happened is flatly denied.',
      protocol:
        'A facilitator who is not involved meets each participant beforehand to explain the process and check they are willing. In the circle people speak one at a time, often passing a talking piece, and answer three questions in turn: what happened, who was affected and how, and what is needed to make things right. The circle ends with a written agreement of actions, each with a person and a date, and sets a follow-up check-in four to six weeks later.',
      fallbacks:
        'If the person who caused harm will not take part, the facilitator may still hold a circle with those who will, to support the harmed person. If the agreement is not kept, the facilitator reconvenes once; after that the matter goes to the code of conduct process or an accountability process.',
    },
    facets: {
      organisationKinds: ['cooperative', 'mutual-aid', 'activist-collective', 'neighbourhood-group', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['transformative-justice', 'accountability-process', 'facilitated-dialogue', 'care'],
    furtherReading: [
      { title: 'Restorative justice', url: 'https://en.wikipedia.org/wiki/Restorative_justice' },
      { title: 'The Little Book of Restorative Justice', note: 'Short introduction by Howard Zehr.' },
    ],
  },
  {
    slug: 'jury-review',
    group: 'conflict',
    name: 'Jury review',
    summary: 'A randomly selected panel of members hears a dispute and decides how it should be resolved.',
    details: {
      principle:
        'A dispute is judged most fairly by ordinary peers who have no part in it and were not picked by either side. Drawing them by lot spreads the burden and keeps any clique from controlling outcomes.',
      scope:
        'Contested matters that earlier steps have not settled: disputed code of conduct breaches, disagreements over whether someone should be removed, or appeals against a moderator’s decision. It needs a pool of roughly 20 or more eligible members, so the panel is not made up of the parties’ friends, and it is too heavy for everyday friction.',
      protocol:
        'The secretary draws five names at random from eligible members, leaving out anyone involved or closely connected and replacing anyone who declines. The panel reads a written account from each side, may question both sides and any witnesses, and meets within 21 days of being drawn. It decides by at least four votes of five, choosing from the range of outcomes set out in the code of conduct, and publishes its decision with brief reasons while keeping personal details private.',
      fallbacks:
        'If no outcome gets four votes, the panel records the split and the lightest outcome that had majority support applies. Either party may appeal once, on the grounds of new evidence or an unfair process, to a freshly drawn panel.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['sortition', 'appeals', 'arbitration', 'conflict-council'],
    furtherReading: [{ title: 'Sortition', url: 'https://en.wikipedia.org/wiki/Sortition' }],
  },
  {
    slug: 'code-of-conduct',
    group: 'conflict',
    name: 'Code of conduct',
    summary:
      'A written set of expectations for how we treat one another, with clear steps to follow when they are broken.',
    details: {
      principle:
        'People can only meet expectations they know about, and someone who has been harmed should not have to argue from scratch that it was wrong. Writing down what is welcome, what is not and what happens next makes the rules the same for everyone, founders and long-standing members included.',
      scope:
        'Behaviour in every space the group runs, online or in person, and at events held in its name. It covers harassment, discrimination, personal attacks and abuse of position; ordinary disagreements about the work belong in direct conversation or the decision process instead.',
      protocol:
        'Reports go through a private channel to two or more named contacts, ideally of different genders and backgrounds. A contact acknowledges each report within 48 hours, talks with the person reporting and, if needed, the person reported, then chooses a response from a published list: a private word, a written warning, a temporary suspension or removal. The reporter is told what was done, and any contact who is involved in a report steps aside from it.',
      fallbacks:
        'If the contacts cannot agree, or a case is serious, they refer it to a conflict council or a jury review. Anyone affected by an outcome may appeal, and the code itself is reviewed once a year in the light of the cases handled.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['harm-reporting-channel', 'graduated-sanctions', 'moderator', 'appeals'],
    furtherReading: [
      {
        title: 'Contributor Covenant',
        url: 'https://www.contributor-covenant.org/',
        note: 'A widely adopted code of conduct for open-source projects, free to adapt.',
      },
    ],
  },
  {
    slug: 'escalation-path',
    group: 'conflict',
    name: 'Escalation path',
    summary:
      'A clear sequence of steps for taking an unresolved problem to a wider group or a higher body, so no one is left stuck and no one jumps to the most drastic step.',
    details: {
      principle:
        'People should know in advance where a conflict goes next if it is not settled. Each step widens the circle a little and adds a little more structure, so the response grows only as far as the problem needs.',
      scope:
        'Any conflict that the group’s first-line method does not resolve, from personal disputes to disagreements with a role-holder. Urgent safety issues skip the ladder and go straight to whoever can act on them at once.',
      protocol:
        'A typical ladder runs: talk directly; ask for a mediator; bring it to the conflict council or the relevant steward; and, as a last step, put it to a jury or the whole membership. Each step has a time limit, for example 14 days, after which either party may move to the next. When a step would be handled by the person the complaint is about, the case skips to the next independent step.',
      fallbacks:
        'The top rung must be able to make a binding decision, whether an all-member vote, a jury or an outside arbitrator, so the path always ends somewhere. After any case that reaches the top, the group asks whether an earlier step could have handled it better.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['direct-conversation-first', 'mediation', 'conflict-council', 'jury-review'],
    furtherReading: [],
  },
  {
    slug: 'appeals',
    group: 'conflict',
    name: 'Appeals',
    summary: 'Anyone affected by a decision can ask for it to be reviewed by people other than those who made it.',
    details: {
      principle:
        'Everyone makes mistakes, including the people who handle conflicts. A route to review by someone who did not make the first decision catches errors and bias, and it makes first decisions easier to accept.',
      scope:
        'Outcomes of conflict processes, moderation actions, suspensions and removals. It is not for reopening a decision simply because someone dislikes it: an appeal needs a reason, such as new information, a process that was not followed, or a response out of proportion to what happened.',
      protocol:
        'The person affected writes to the appeals contact within 14 days of the decision, saying which grounds apply and what outcome they want. A reviewer, or a panel of three, who had no part in the original decision reads the record, may speak to both sides, and answers within 21 days: confirm the decision, change it, or send it back to be redone. Any sanction stays in force during the appeal unless the reviewers decide otherwise.',
      fallbacks:
        'Each decision can be appealed once, and the result of the appeal is final within the group. If the group is too small to find independent reviewers, it asks a trusted person from a sister organisation to review instead.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['jury-review', 'ombudsperson', 'temporary-suspension', 'accountability'],
    furtherReading: [],
  },
  {
    slug: 'peer-mediation',
    group: 'conflict',
    name: 'Peer mediation',
    summary:
      'Members trained as volunteer mediators, working in pairs, help other members settle disputes, so mediation is always available without hiring a professional.',
    details: {
      principle:
        'Mediation is a skill that can be learned, and a group is stronger when several of its own members have it. Mediators who know the group’s culture but have no stake in the dispute can be trusted quickly and cost nothing.',
      scope:
        'Everyday conflicts between members: clashes inside a working group, disputes over shared chores or tools, hurt feelings after a meeting. Not for abuse, legal matters or cases involving a mediator’s close friend, and the pool must be large enough that each case finds two mediators with no stake.',
      protocol:
        'Each year the group trains four to eight volunteers, through a local mediation service or a day-long workshop. Requests go to a coordinator, who assigns a pair with no close ties to the parties; the pair meets the parties within 10 days and follows the same steps each time: agree ground rules, hear each side, name the issues, generate options, write down what is agreed. Mediators keep what they hear confidential and meet every quarter to debrief, without names, and support each other.',
      fallbacks:
        'If peer mediation fails, or a case turns out to be beyond the volunteers, it goes to an external mediator or the conflict council. Mediators can end a session at any point if it stops feeling safe.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'mutual-aid',
        'neighbourhood-group',
        'nonprofit',
        'activist-collective',
        'workplace',
      ],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['mediation', 'external-mediator', 'conflict-council'],
    furtherReading: [],
  },
  {
    slug: 'arbitration',
    group: 'conflict',
    name: 'Arbitration',
    summary:
      'The parties agree in advance to put their dispute to a neutral arbitrator, who hears both sides and makes a decision they have promised to accept.',
    details: {
      principle:
        'Some disputes need an answer more than a reconciliation. By agreeing beforehand to abide by a neutral decision, the parties give up some control in return for certainty and a prompt end.',
      scope:
        'Disputes about money, property, agreements, credit for work, or what the group’s own rules mean, where facts or rights have to be weighed and talking has run out. It suits relationship conflicts and harm poorly, because a ruling leaves the underlying hurt untouched.',
      protocol:
        'Both parties agree on one arbitrator, either an experienced member with no involvement or an outside professional, and on the exact question to be decided. Each submits a written statement and any evidence within 14 days, and the arbitrator may hold one hearing at which both sides get equal time. The arbitrator decides in writing, with reasons, within 21 days of the hearing, and the decision binds the parties within the group.',
      fallbacks:
        'If the parties cannot agree on an arbitrator, the board or council picks one from a standing list. The decision can be set aside only if the arbitrator had an undisclosed conflict of interest or ignored the agreed process; rights under the law are unaffected.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'open-source'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['mediation', 'jury-review', 'appeals', 'executive-decision'],
    furtherReading: [{ title: 'Arbitration', url: 'https://en.wikipedia.org/wiki/Arbitration' }],
  },
  {
    slug: 'conflict-council',
    group: 'conflict',
    name: 'Conflict council',
    summary:
      'A small standing group of trusted members, serving fixed terms, takes on conflicts the parties cannot settle themselves and guides them to a resolution.',
    details: {
      principle:
        'Conflict handled by whoever happens to be around is inconsistent and exhausting for them. A standing council builds experience, keeps records and gives members a known, trusted place to turn.',
      scope:
        'Disputes that direct conversation has not resolved, code of conduct reports, and questions about which process fits a case. It does not handle disputes involving its own members, who step aside, and it does not make the group’s policy decisions.',
      protocol:
        'Members elect or draw three to five councillors for one-year terms, staggered so they do not all change at once. A case reaches the council by private message; two councillors take it on, meet the parties within 14 days, and agree with them whether to mediate, hold a restorative circle or make a ruling. The council keeps confidential case notes and publishes a yearly summary, without names, of how many cases it handled and of what kinds.',
      fallbacks:
        'Where the council cannot resolve a case, or a party rejects its ruling, the matter goes to appeal or jury review. Members can remove a councillor early through the group’s recall process.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['escalation-path', 'term-limits', 'recall', 'jury-review'],
    furtherReading: [],
  },
  {
    slug: 'cooling-off-period',
    group: 'conflict',
    name: 'Cooling-off period',
    summary:
      'When a discussion overheats, anyone can call a pause of a set length, after which the people involved come back to the matter with clearer heads.',
    details: {
      principle:
        'Angry people say things they cannot take back and decide things they later regret. A short, agreed pause that anyone may call, without it counting as backing down, protects both relationships and decisions.',
      scope:
        'Heated arguments in meetings, threads or chat, and decisions being pushed through under pressure. It is a pause, not a resolution: it must not be used to bury an issue or stall a decision indefinitely, and it does not apply when someone’s safety needs action now.',
      protocol:
        'Anyone, including the facilitator or a moderator, can call a cooling-off break, and the discussion stops for an agreed time: 15 minutes in a meeting, or 24 hours in an online thread, which a moderator may lock. During the pause those involved do not message each other about the dispute. When it ends, the discussion resumes with a facilitator, opening with each person saying in one sentence what matters most to them.',
      fallbacks:
        'If the same disagreement needs a second pause, it moves to direct conversation or mediation rather than back into the open. Repeatedly calling pauses to hold up a decision is itself something to raise with the facilitator.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['nonviolent-communication', 'facilitator', 'moderator', 'direct-conversation-first'],
    furtherReading: [],
  },
  {
    slug: 'nonviolent-communication',
    group: 'conflict',
    name: 'Nonviolent communication',
    summary:
      'Members agree to raise tensions through observations, feelings, needs and requests: a structured way of speaking that makes it easier to be heard without blaming.',
    details: {
      principle:
        'Conflicts escalate when people hear criticism and judgement, and soften when they hear what the other person actually needs. Nonviolent Communication, developed by Marshall Rosenberg, gives a shared vocabulary for saying hard things in a way that invites a response rather than a defence.',
      scope:
        'A way of speaking within other processes: direct conversations, mediations and meetings. It helps with everyday tension and misunderstanding, but it does not decide outcomes or investigate harm, and it must never be used to tell someone who has been harmed that they are expressing themselves wrongly.',
      protocol:
        'When raising a concern, describe what you saw or heard without evaluating it ("you arrived after the start of our last three meetings"), say how you felt, name the need behind the feeling ("I need to rely on our start time"), and make a specific, doable request. The listener reflects back what they heard before answering. The group runs an introductory session once or twice a year and keeps a one-page guide of example phrases.',
      fallbacks:
        'If a conversation stays stuck despite the framework, bring in a mediator who can help each person translate what the other is saying. The framework is an aid, and no one is required to use its exact phrases.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['direct-conversation-first', 'mediation', 'care'],
    furtherReading: [
      { title: 'Nonviolent Communication', url: 'https://en.wikipedia.org/wiki/Nonviolent_Communication' },
      { title: 'Nonviolent Communication: A Language of Life', note: 'Book by Marshall B. Rosenberg.' },
    ],
  },
  {
    slug: 'harm-reporting-channel',
    group: 'conflict',
    name: 'Harm reporting channel',
    summary:
      'A private, well-publicised way for anyone to report harm or misconduct, answered by named people within a set time who keep the reporter informed.',
    details: {
      principle:
        'People who are harmed often stay silent because they do not know whom to tell, or fear it will get back to the person involved. A confidential, easy-to-find channel with clear response times makes it likelier that problems are raised early.',
      scope:
        'Reports of harassment, discrimination, abuse, safety concerns and code of conduct breaches, from members and non-members alike. It is a way in, not a decision process: what happens after a report depends on the group’s other methods, and ordinary disagreements go elsewhere.',
      protocol:
        'The group sets up a dedicated email address or form that reaches two or three named responders, lists it in every space and at every event, and offers an anonymous option. A responder acknowledges each report within 48 hours, asks the reporter what they would like to happen, and explains the options before acting. Reports are stored securely and seen only by the responders, and the reporter’s identity is shared only with their consent.',
      fallbacks:
        'A report about one of the responders goes to an alternate named in advance, such as a board member or an outside ombudsperson. If the group cannot handle a report safely, responders help the reporter reach outside support or, where appropriate, the authorities.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['code-of-conduct', 'ombudsperson', 'temporary-suspension', 'moderator'],
    furtherReading: [],
  },
  {
    slug: 'temporary-suspension',
    group: 'conflict',
    name: 'Temporary suspension',
    summary:
      'While a serious complaint is looked into, or as a response to one, a member is asked to step back from some or all of the group’s spaces for a set time.',
    details: {
      principle:
        'Sometimes the first need is to stop harm continuing, before anyone knows the full story. A time-limited suspension protects others without deciding guilt, and unlike removal it can be undone.',
      scope:
        'Credible reports of serious or repeated harm, threats, or behaviour disrupting the group while a process runs, and serious breaches that do not warrant removal. It is never a tool for winning arguments or punishing unpopular views.',
      protocol:
        'Two code of conduct contacts, or the conflict council, may suspend a member for up to 30 days, stating in writing which spaces it covers, why, and when it ends. The person is told how to respond and how the matter will be handled, and keeps any rights that do not depend on taking part, such as access to their own data or their share in the co-op. Other members are told only that a suspension is in place, not the details, unless the person agrees.',
      fallbacks:
        'The same body may extend a suspension once, to 90 days in total; anything longer needs a removal decision through the membership process. The suspended person may appeal at any time, and the suspension lapses on its own if the process behind it stalls.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['code-of-conduct', 'appeals', 'leaving-and-removal', 'graduated-sanctions'],
    furtherReading: [],
  },
  {
    slug: 'transformative-justice',
    group: 'conflict',
    name: 'Transformative justice',
    summary:
      'A community-led response to harm that supports the person harmed, works with the person who caused it to change, and changes the conditions in the group that let it happen.',
    details: {
      principle:
        'Removing people who cause harm does not always make anyone safer, and it leaves untouched the culture that allowed the harm. Transformative justice asks the community as a whole to take responsibility for safety, healing and lasting change, without relying on police or expulsion alone.',
      scope:
        'Serious interpersonal harm in close-knit groups that want an alternative to punishment and have the time and skill for a long process, measured in months rather than weeks. It depends on the harmed person wanting it, and it is not appropriate where there is immediate danger or no one able to do the work carefully.',
      protocol:
        'A support team forms around the person harmed, guided by what they need, and a separate accountability team of two to four people works with the person who caused harm, with their agreement. The teams meet regularly, often weekly, and share with each other only what the harmed person consents to. Alongside this, the group examines its own practices, such as who holds power, who gets believed or how alcohol is handled at events, and changes them.',
      fallbacks:
        'If the person who caused harm will not engage, the group still supports the harmed person and may limit the other person’s participation under the code of conduct. Groups are encouraged to seek guidance from experienced outside practitioners.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'neighbourhood-group', 'cooperative'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['accountability-process', 'restorative-circle', 'care'],
    furtherReading: [
      { title: 'Transformative justice', url: 'https://en.wikipedia.org/wiki/Transformative_justice' },
      {
        title: 'Beyond Survival: Strategies and Stories from the Transformative Justice Movement',
        note: 'Edited by Ejeris Dixon and Leah Lakshmi Piepzna-Samarasinha.',
      },
    ],
  },
  {
    slug: 'facilitated-dialogue',
    group: 'conflict',
    name: 'Facilitated dialogue',
    summary:
      'A facilitator runs a structured conversation among several people or camps who disagree, so every view is heard and the group can see where it really differs.',
    details: {
      principle:
        'Group disagreements tend to harden into camps that stop listening. A skilled facilitator can slow the conversation down, make room for quieter voices, and separate real disagreements from misunderstandings.',
      scope:
        'Disagreements involving more than two people: divides over direction, strategy or values, tension between teams, or a contested decision that left people unhappy. A personal conflict between two people is better served by mediation, and harm by a restorative or code of conduct process.',
      protocol:
        'The facilitator, who belongs to none of the camps, agrees the question and ground rules with those involved beforehand. In a session of two to three hours each viewpoint is presented without interruption, listeners say back what they heard before replying, and the facilitator keeps a visible list of common ground and remaining differences. The session ends with agreed next steps, such as a joint proposal, a trial period or a further session.',
      fallbacks:
        'If the dialogue shows the group must choose between genuinely incompatible options, the question goes to the group’s decision process, now more clearly framed. If one camp refuses to take part, the facilitator says so and the group decides how to proceed.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['facilitator', 'mediation', 'cooling-off-period', 'consent'],
    furtherReading: [
      {
        title: 'Facilitator’s Guide to Participatory Decision-Making',
        note: 'Book by Sam Kaner and colleagues on running group discussions where people disagree.',
      },
    ],
  },
  {
    slug: 'ombudsperson',
    group: 'conflict',
    name: 'Ombudsperson',
    summary:
      'An independent, trusted person whom any member can approach in confidence about a conflict or concern, and who can look into complaints about how the group treats people.',
    details: {
      principle:
        'Some members will not raise problems with the people who run the group, especially when those people are the problem. An ombudsperson who answers to the members, not to the leadership, offers a safe first step and an independent check.',
      scope:
        'Confidential advice on any conflict, complaints about role-holders, the board or the group’s processes, and concerns a member does not know where else to take. The ombudsperson makes no binding decisions and disciplines no one: they advise, look into things and recommend.',
      protocol:
        'Members elect an ombudsperson for two years, ideally someone outside day-to-day leadership, or the group engages a trusted outsider. Anyone may contact them privately; they listen, explain the options and, with the member’s consent, look into the complaint by speaking to those involved and reading the relevant records. They reply to the member within 30 days and may make recommendations to the board or membership, with individuals kept anonymous.',
      fallbacks:
        'If recommendations are ignored, the ombudsperson may report this to all members at the next general meeting. When the ombudsperson has a conflict of interest, a deputy named in advance takes the case.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'open-source', 'online-community'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['harm-reporting-channel', 'appeals', 'board-member', 'accountability'],
    furtherReading: [{ title: 'Ombudsman', url: 'https://en.wikipedia.org/wiki/Ombudsman' }],
  },
  {
    slug: 'shuttle-mediation',
    group: 'conflict',
    name: 'Shuttle mediation',
    summary:
      'A mediator moves between people who cannot or will not meet, carrying messages and proposals back and forth until they reach an agreement.',
    details: {
      principle:
        'Sometimes the people in a conflict are too hurt, too angry or too far apart to sit in one room. A go-between can still help them understand each other and settle practical arrangements without a face-to-face meeting.',
      scope:
        'Disputes where a joint meeting would be unproductive or unsafe, where there is a clear power imbalance, or where the people live far apart. It works well for practical questions, such as who works on what or how to share a space, and less well for rebuilding a relationship.',
      protocol:
        'The mediator meets each party separately, by call or in person, to hear their account and what they need. They agree with each party what may be passed on, then carry summaries and proposals between them, usually in three to five rounds over two to four weeks. The mediator writes up any agreement and each party confirms it separately.',
      fallbacks:
        'When the parties become ready, the mediator may suggest moving to a joint session. If the shuttling stalls, the mediator closes the case, and the practical question, such as who stays on a team, is decided by the conflict council or the relevant role-holder.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['mediation', 'external-mediator', 'conflict-council'],
    furtherReading: [
      {
        title: 'Shuttle diplomacy',
        url: 'https://en.wikipedia.org/wiki/Shuttle_diplomacy',
        note: 'The same technique as used between governments.',
      },
    ],
  },
  {
    slug: 'accountability-process',
    group: 'conflict',
    name: 'Accountability process',
    summary:
      'A small team supports someone who has caused harm to understand its impact, take responsibility and change, following a plan shaped by what the people harmed need.',
    details: {
      principle:
        'Accountability is something done with a person, not to them. A structured, time-bound process with clear goals gives someone who caused harm a real path to repair, and gives the group a way to know whether change has happened.',
      scope:
        'Cases where a member has caused harm, acknowledges at least part of it and is willing to work on it, and where the harmed person wants this instead of, or as well as, separation. It is not for people who deny any responsibility, and it never replaces protecting those at risk.',
      protocol:
        'Two or three members, agreed by the harmed person and acceptable to the person who caused harm, form the accountability team. With that person they write a plan of specific goals, for example acknowledging the harm in writing, stepping back from certain roles or attending a course, and meet every two weeks for an agreed period, usually three to six months. At the end the team tells the harmed person, and the code of conduct contacts in outline, whether the goals were met.',
      fallbacks:
        'If the person stops engaging or the goals are not met, the team ends the process and hands the matter back to the code of conduct contacts, who may suspend or remove. The harmed person may withdraw at any time without it counting against them.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'cooperative', 'nonprofit', 'neighbourhood-group'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['transformative-justice', 'restorative-circle', 'code-of-conduct', 'accountability'],
    furtherReading: [],
  },
  {
    slug: 'graduated-sanctions',
    group: 'conflict',
    name: 'Graduated sanctions',
    summary:
      'Responses to broken rules start light and step up with repetition or seriousness, from a friendly reminder through warnings and suspension to removal, so the response fits the breach.',
    details: {
      principle:
        'Most rule-breaking is a slip rather than malice, and a light response is usually enough. Elinor Ostrom found that long-lived commons rely on sanctions that start small and grow only when needed, which keeps people in the group while still protecting it.',
      scope:
        'Breaches of the code of conduct or the group’s working rules, such as misusing shared equipment, posting off-topic again and again, or missing committed shifts. Serious harm such as violence or threats may go straight to the higher steps.',
      protocol:
        'The ladder is published: a private reminder; then a written warning saying what must change; then a suspension of up to 30 days; then removal through the membership process. Moderators or code of conduct contacts keep a short private record of each step, and a step lapses after 12 months without a repeat. Each time, the person is told which step this is and what the next one would be.',
      fallbacks:
        'Anyone who disagrees with a step may ask for a review through the appeals process. If someone keeps landing on the same step without changing, the contacts may suggest an accountability process or mediation instead of climbing further.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['code-of-conduct', 'temporary-suspension', 'moderator', 'appeals'],
    furtherReading: [
      {
        title: 'Governing the Commons: The Evolution of Institutions for Collective Action',
        note: 'Book by Elinor Ostrom; graduated sanctions are one of her design principles.',
      },
    ],
  },
  {
    slug: 'external-mediator',
    group: 'conflict',
    name: 'External mediator',
    summary:
      'For disputes the group cannot handle from within, an independent professional mediator is brought in from outside, paid for by the group.',
    details: {
      principle:
        'In a small or close-knit group everyone knows everyone, and it may be impossible to find an insider both sides see as neutral. An outside mediator brings skill and an impartiality nobody can question.',
      scope:
        'Conflicts involving founders, board members, paid staff or long friendships, conflicts that have split the group, and disputes where internal mediation has already failed. Worth the cost when a conflict threatens the group; too much for everyday friction.',
      protocol:
        'The board or council keeps the names of two or three local or online mediation services and sets aside a small budget each year. When a case arises the parties choose a mediator together from the list, the group pays, and what is said stays confidential between the mediator and the parties. The group learns only whether an agreement was reached, plus any part of it the parties choose to share.',
      fallbacks:
        'If professional mediation fails, the group moves to arbitration or to a binding decision through its usual decision process. Where money is tight, many community mediation services charge on a sliding scale or nothing at all.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'neighbourhood-group', 'mutual-aid'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: ['local', 'regional'],
    },
    related: ['mediation', 'arbitration', 'treasurer'],
    furtherReading: [],
  },
  {
    slug: 'amicable-separation',
    group: 'conflict',
    name: 'Amicable separation',
    summary:
      'When a deep disagreement cannot be resolved, the group agrees a fair, orderly way to part, such as splitting into two groups or forking a project, with shared assets divided by an agreed rule.',
    details: {
      principle:
        'Not every conflict can or should be resolved; sometimes people simply want different things. A separation planned in good faith, with clear terms for names, money and shared work, is better than a long fight that damages everyone.',
      scope:
        'Lasting disagreements over direction, values or strategy between sizeable parts of the group, after dialogue and mediation have been tried. It is not a way to push out individuals over their conduct, which belongs in the code of conduct process.',
      protocol:
        'Either side may propose a separation to the whole membership, setting out who would go, what they would take and what they would be called. A facilitator helps both sides agree within 30 to 60 days how to divide money, equipment, data and names, for example in proportion to members or by who contributed what, while open-source work stays open for either side to use. The membership approves the terms, and both groups commit to a public statement that does not disparage the other.',
      fallbacks:
        'If the sides cannot agree how to divide assets, an arbitrator decides. If the membership rejects a separation, the disagreement returns to the ordinary decision process, and anyone may still leave individually under the membership rules.',
    },
    facets: {
      organisationKinds: ['open-source', 'cooperative', 'activist-collective', 'online-community'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['facilitated-dialogue', 'arbitration', 'leaving-and-removal'],
    furtherReading: [
      {
        title: 'Fork (software development)',
        url: 'https://en.wikipedia.org/wiki/Fork_(software_development)',
        note: 'How open-source projects split, and why forks are usually a last resort.',
      },
      {
        title: 'Producing Open Source Software',
        url: 'https://producingoss.com/',
        note: 'Book by Karl Fogel, free online.',
      },
    ],
  },
]
