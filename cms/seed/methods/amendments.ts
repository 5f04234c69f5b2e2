/**
 * Seed content for the methods library: amendment methods (who may propose a change to the rule,
 * what it takes to pass, and how much notice members get). The first four slugs are the amendment
 * modules of the catalogue (core/schema/modules.ts) and keep their meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const amendmentsMethods: MethodData<'amendments'>[] = [
  {
    slug: 'change-by-consensus',
    group: 'amendments',
    name: 'Change by consensus',
    summary:
      'The rule changes only when every member agrees or chooses to stand aside, so nobody has to live under a rule they actively oppose.',
    details: {
      whoProposes:
        'Any member, alone or with others. A proposal sets out the exact wording to add, remove or replace, with a short note on what problem it solves.',
      threshold:
        'A change passes when every member taking part agrees or stands aside and nobody blocks. A block must give a reason rooted in our purpose or values; the proposer and the person blocking then meet to look for a version both can live with. If three rounds of revision fail, the current rule stays as it is.',
      notice:
        'The proposal goes to all members at least 14 days before the meeting or online decision, with the current and proposed text side by side. Members who cannot attend may send their agreement, stand-aside or block in writing beforehand.',
    },
    facets: {
      organisationKinds: ['cooperative', 'activist-collective', 'mutual-aid', 'workplace'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['consensus', 'change-by-consent', 'change-by-supermajority', 'facilitator'],
    furtherReading: [
      { title: 'Consensus decision-making', url: 'https://en.wikipedia.org/wiki/Consensus_decision-making' },
    ],
  },
  {
    slug: 'change-by-supermajority',
    group: 'amendments',
    name: 'Change by supermajority',
    summary:
      'The rule changes when at least two-thirds of voting members support the amendment, which makes change possible without letting a narrow majority rewrite the rule.',
    details: {
      whoProposes:
        'Any member in good standing with the backing of at least two others, or any team for the parts of the rule that cover its own work. Proposals carry the exact wording and the reason for the change.',
      threshold:
        'Two-thirds of votes cast must be in favour, and at least a third of all members must vote; abstentions do not count as votes cast. If a proposal falls short, the same change cannot come back for six months unless it has been substantially revised.',
      notice:
        'At least 21 days’ written notice of the proposed wording, by email and in the announcement channel, and at least one open discussion (a meeting or a thread) before voting opens. Online votes stay open for at least 7 days.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['supermajority', 'quorum', 'two-readings', 'entrenched-clauses'],
    furtherReading: [{ title: 'Supermajority', url: 'https://en.wikipedia.org/wiki/Supermajority' }],
  },
  {
    slug: 'annual-review',
    group: 'amendments',
    name: 'Annual review',
    summary:
      'Once a year the group reads its rule together and decides what to keep, change or drop, so the rule keeps pace with the group instead of changing only when something breaks.',
    details: {
      whoProposes:
        'Anyone can add an item to the review list at any time during the year. In the month before the review, two or three volunteers gather the items and also flag any part of the rule that nobody has used or that everyone ignores.',
      threshold:
        'The review itself decides nothing automatically: changes agreed there pass by our ordinary amendment threshold. Confirming that a section still works as it is needs only a show of hands.',
      notice:
        'The review date is fixed a year ahead, for example at the annual general meeting. The gathered proposals go out at least three weeks before, together with the full rule, so newer members can read it fresh.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['sunset-clause', 'growth-triggered-review', 'regular-meetings', 'public-minutes'],
    furtherReading: [],
  },
  {
    slug: 'sunset-clause',
    group: 'amendments',
    name: 'Sunset clause',
    summary:
      'A rule or arrangement expires on a set date unless the group actively renews it, so experiments and temporary powers do not outlive their purpose by default.',
    details: {
      whoProposes:
        'Anyone proposing a new clause or role may give it an end date, and any member may propose adding one to an existing clause. Some things always carry one: temporary roles, emergency measures and trial arrangements.',
      threshold:
        'Adding a sunset follows our usual amendment threshold. Renewing a clause before it expires needs only a simple majority of members voting; doing nothing lets it lapse, so the effort falls on those who want to keep it.',
      notice:
        'Every sunset date goes into the shared calendar when the clause is adopted. The secretary reminds members 60 days and again 14 days before a clause expires, leaving time to renew it, change it or let it go.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['trial-amendment', 'emergency-amendment-with-review', 'annual-review'],
    furtherReading: [{ title: 'Sunset provision', url: 'https://en.wikipedia.org/wiki/Sunset_provision' }],
  },
  {
    slug: 'change-by-majority-with-notice',
    group: 'amendments',
    name: 'Change by majority with notice',
    summary:
      'The rule can be changed by a simple majority of members voting, but only after generous notice, so change is easy but never sudden.',
    details: {
      whoProposes:
        'Any member. The proposal is posted in writing, with the exact wording, in the proposals thread; nothing can be amended from the floor on the day except to tidy wording.',
      threshold:
        'More than half of votes cast, with at least a quarter of members voting. This keeps the rule easy to improve, but a bare majority can also overrule a large minority, so clauses that protect members’ basic rights should sit behind a higher bar.',
      notice:
        'At least 30 days’ notice to every member by email and in the announcement channel, with the old and new text side by side. The vote cannot fall in a holiday period, and if the text is revised the 30 days restart for the changed part.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'neighbourhood-group', 'online-community', 'open-source'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['majority-vote', 'quorum', 'entrenched-clauses', 'async-proposals-thread'],
    furtherReading: [],
  },
  {
    slug: 'two-readings',
    group: 'amendments',
    name: 'Two readings',
    summary:
      'An amendment is presented and discussed at one meeting, then revised and voted on at a later one, so nobody decides on a text the first time they see it.',
    details: {
      whoProposes:
        'Any member or working group, with the wording circulated before the first reading. The proposer presents it and answers questions.',
      threshold:
        'The first reading is for discussion only; there is no vote, and the proposer may revise the text afterwards. At the second reading, at least four weeks later, the amendment passes with two-thirds of those voting, and only clarifications of wording can be made on the floor.',
      notice:
        'The text goes out at least 7 days before the first reading, and the final text at least 7 days before the second, with changes since the first reading marked. Notes of the first reading are shared so members who missed it can catch up.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['open-comment-period', 'change-by-supermajority', 'public-minutes', 'regular-meetings'],
    furtherReading: [{ title: 'Reading (legislature)', url: 'https://en.wikipedia.org/wiki/Reading_(legislature)' }],
  },
  {
    slug: 'member-petition-for-change',
    group: 'amendments',
    name: 'Member petition for change',
    summary:
      'Any member can start a petition to change the rule; once enough members sign, the change must go to a vote of all members, even if the people in roles would rather it did not.',
    details: {
      whoProposes:
        'Any member may draft a petition with the exact wording of the change and a reason, and post it in the proposals space for others to sign.',
      threshold:
        'Once 10% of members, or 20 members if that is fewer, have signed within 60 days, the change goes to a vote of all members and passes by our ordinary amendment threshold. Boards and role-holders cannot block or delay the vote, though they may publish a response alongside it.',
      notice:
        'The secretary confirms the signature count within 7 days of it being reached and announces the vote at least 21 days before it opens. A petition that does not reach the count within 60 days closes and may be restarted after three months.',
    },
    facets: {
      organisationKinds: ['online-community', 'nonprofit', 'open-source', 'cooperative'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: [
      'change-by-majority-with-notice',
      'steward-proposes-members-ratify',
      'board-member',
      'async-proposals-thread',
    ],
    furtherReading: [{ title: 'Popular initiative', url: 'https://en.wikipedia.org/wiki/Popular_initiative' }],
  },
  {
    slug: 'trial-amendment',
    group: 'amendments',
    name: 'Trial amendment',
    summary:
      'A change is adopted for a fixed trial, often three months, then reviewed; it becomes permanent only if the group confirms it, so people can agree to try what they would not agree to forever.',
    details: {
      whoProposes:
        'Any member. The proposal says what is being tried, for how long, and how we will know whether it worked, for example “meetings finish within an hour” or “new members are still here after three months”.',
      threshold:
        'Starting a trial needs only consent: no member has a reasoned objection that it is unsafe to try. Making it permanent at the end needs our ordinary amendment threshold; if the review is missed, the trial simply ends and the old wording returns.',
      notice:
        'A trial is announced 7 days before it starts, with its end and review dates. A short check-in halfway through lets people raise problems early, and the review’s findings go to all members.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['sunset-clause', 'consent', 'change-by-consent', 'annual-review'],
    furtherReading: [],
  },
  {
    slug: 'entrenched-clauses',
    group: 'amendments',
    name: 'Entrenched clauses',
    summary:
      'A few core clauses, such as the group’s purpose or members’ basic rights, are harder to change than the rest, needing a higher threshold and longer notice.',
    details: {
      whoProposes:
        'Any member may propose changing an entrenched clause, but the proposal needs the written backing of at least a fifth of members before it is considered. Entrenched clauses are clearly marked in the rule so everyone knows which they are.',
      threshold:
        'Three-quarters of votes cast, with at least half of all members voting, at two meetings (or two online votes) at least two months apart. Taking a clause off the entrenched list needs the same threshold as changing it.',
      notice:
        'At least 60 days’ written notice to every member through a channel they are known to read, explaining what the change would mean in practice. Keep the entrenched list to three to five clauses, or the rule becomes too hard to improve.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['founding-documents-lock', 'change-by-supermajority', 'two-readings', 'quorum'],
    furtherReading: [{ title: 'Entrenched clause', url: 'https://en.wikipedia.org/wiki/Entrenched_clause' }],
  },
  {
    slug: 'steward-proposes-members-ratify',
    group: 'amendments',
    name: 'Stewards propose, members ratify',
    summary:
      'Stewards or a small core team draft amendments on the group’s behalf, and a change takes effect only once members ratify it: careful drafting, with the final say for everyone.',
    details: {
      whoProposes:
        'The stewards (or the board or core team) draft amendments, including ones members ask for. Any member can request a change, and the stewards must answer in writing within 30 days, either with a draft or with their reasons for not writing one.',
      threshold:
        'Ratification by a majority of members voting in a 14-day window, with at least a fifth of members taking part. If members reject a draft, the stewards may revise it once and bring it back; they may never put a change into practice before it is ratified.',
      notice:
        'Each draft is open for at least 14 days of comment before voting opens, published with its reasons and a summary of the comments received. The result is posted in the announcement channel.',
    },
    facets: {
      organisationKinds: ['open-source', 'nonprofit', 'online-community', 'cooperative'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['steward', 'board-member', 'open-comment-period', 'member-petition-for-change'],
    furtherReading: [],
  },
  {
    slug: 'emergency-amendment-with-review',
    group: 'amendments',
    name: 'Emergency amendment with review',
    summary:
      'When something urgent cannot wait for the normal process, a small named group can make a temporary change at once; it lapses unless members confirm it within 30 days.',
    details: {
      whoProposes:
        'Only the named emergency group, for example any two of the facilitator, treasurer and moderator acting together, and only when waiting would cause real harm: a safety risk, a legal deadline, a platform shutting down.',
      threshold:
        'Everyone in the emergency group must agree, and they record what they changed, why, and why it could not wait. The change lasts at most 30 days; to stay, it must pass our ordinary amendment process within that time, or it lapses automatically.',
      notice:
        'Members are told within 24 hours in the announcement channel. The next meeting, or an online vote within 30 days, reviews the change and the emergency group answers questions about how they used the power. If it keeps being used, the normal process is too slow and should be fixed.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['sunset-clause', 'recall', 'announcement-channel', 'accountability'],
    furtherReading: [],
  },
  {
    slug: 'open-comment-period',
    group: 'amendments',
    name: 'Open comment period',
    summary:
      'Before any amendment is decided, its draft is open for comment from all members for a fixed period, and the proposer must respond publicly to what was said.',
    details: {
      whoProposes:
        'Any member or team. The proposer posts the draft where members can comment on it line by line (a shared document, a forum thread or a pull request) with a plain-language summary at the top.',
      threshold:
        'The comment period decides nothing; it is a gate before the decision. When it closes, the proposer publishes a short response saying which comments changed the draft and why the others did not, and only then does the amendment go to our ordinary decision method.',
      notice:
        'The comment period lasts at least 21 days and is announced when it opens and again a week before it closes. Substantial changes made after comment reopen it for at least 7 days, for the changed sections only.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['two-readings', 'async-proposals-thread', 'steward-proposes-members-ratify', 'transparency'],
    furtherReading: [],
  },
  {
    slug: 'founding-documents-lock',
    group: 'amendments',
    name: 'Founding documents lock',
    summary:
      'For a set period after founding, often the first year, the rule cannot be changed except to fix errors, so the group lives with it long enough to learn what really needs changing.',
    details: {
      whoProposes:
        'During the lock anyone may add ideas for change to a shared list, but only obvious errors (typos, broken links, clauses that contradict each other) can be corrected, by any two founders or stewards together. After the lock, changes follow our usual process.',
      threshold:
        'Corrections during the lock need two named people to agree and must not change meaning. Lifting the lock early, for example because the rule turns out to be unworkable or unsafe, needs the consensus of all members.',
      notice:
        'Each correction is logged and announced within a week. A month before the lock ends, the collected ideas for change go to everyone, so the first round of amendments starts from what people actually ran into.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming'],
      scales: [],
    },
    related: ['editorial-corrections', 'entrenched-clauses', 'annual-review', 'change-by-consensus'],
    furtherReading: [],
  },
  {
    slug: 'ratification-by-member-groups',
    group: 'amendments',
    name: 'Ratification by member groups',
    summary:
      'In a network or federation, a change to the shared rule takes effect only when a set share of member groups ratify it, each through its own decision process.',
    details: {
      whoProposes:
        'Any member group, or the federation’s assembly of delegates. A proposal names the clauses that change and explains how each member group would be affected.',
      threshold:
        'The change takes effect once two-thirds of member groups have ratified it within 90 days, each by whatever process its own rule sets. Groups that do not respond count as not ratifying, and changes to the shared purpose or to how groups are represented need every group.',
      notice:
        'Proposals go to each group’s delegate and contact address at least 90 days before the ratification deadline, with a reminder at 30 days. Each group reports its decision in writing, and the running tally is published as results come in.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'cooperative', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['organisational-members', 'delegation', 'change-by-supermajority', 'consensus'],
    furtherReading: [
      {
        title: 'Article Five of the United States Constitution',
        url: 'https://en.wikipedia.org/wiki/Article_Five_of_the_United_States_Constitution',
        note: 'A well-known example of amendments ratified by member states.',
      },
    ],
  },
  {
    slug: 'editorial-corrections',
    group: 'amendments',
    name: 'Editorial corrections',
    summary:
      'Small fixes that do not change meaning, such as typos, broken links and clearer wording, can be made by a steward without a vote, as long as they are logged and reversed on request.',
    details: {
      whoProposes:
        'Any member can point out an error; a named steward or the secretary makes the fix. Anything that changes what the rule requires or allows is not editorial and goes through the full amendment process.',
      threshold:
        'No vote. The steward makes and logs the fix. If any member says within 14 days that an edit changes meaning, it is reverted and treated as a full amendment.',
      notice:
        'Every fix is recorded in a change log showing the old and new wording, and members get a monthly summary rather than a message for each small edit.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['lazy-consensus', 'steward', 'public-minutes', 'founding-documents-lock'],
    furtherReading: [],
  },
  {
    slug: 'change-by-consent',
    group: 'amendments',
    name: 'Change by consent',
    summary:
      'An amendment passes when no member has a reasoned objection that it would harm the group, so a change only has to be good enough for now and safe enough to try.',
    details: {
      whoProposes:
        'Any member, or any circle or team for the parts of the rule that cover its own area. The proposer explains the tension the change addresses, not only the new wording.',
      threshold:
        'The facilitator runs rounds: clarifying questions, reactions, then a consent round. An objection must explain how the change would harm the group or its aims, and the group adjusts the proposal to resolve it. The change passes when a round ends with no objections, and it always carries a review date.',
      notice:
        'Proposals go out at least 7 days before the meeting where consent is sought. Members who cannot attend may send objections in writing to the facilitator, who raises them in the round.',
    },
    facets: {
      organisationKinds: ['cooperative', 'workplace', 'activist-collective', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['consent', 'trial-amendment', 'facilitator', 'change-by-consensus'],
    furtherReading: [
      {
        title: 'Many Voices One Song: Shared Power with Sociocracy, by Ted J. Rau and Jerry Koch-Gonzalez',
        note: 'A practical handbook for consent decision-making, including how agreements are reviewed.',
      },
      { title: 'Sociocracy', url: 'https://en.wikipedia.org/wiki/Sociocracy' },
    ],
  },
  {
    slug: 'growth-triggered-review',
    group: 'amendments',
    name: 'Growth-triggered review',
    summary:
      'Named events, such as the group doubling in size, taking on money or staff, or a conflict the rule could not handle, automatically trigger a review, because rules written for one stage rarely fit the next.',
    details: {
      whoProposes:
        'The secretary, or any member, notes that a trigger has been met and calls the review. The triggers are listed in the rule, for example: membership has doubled since the last review, the first paid worker, a yearly budget above an agreed amount, or a complaint the rule had no answer for.',
      threshold:
        'No vote is needed to hold the review once a trigger is met. Amendments that come out of it pass by our ordinary amendment threshold, and a review that concludes nothing needs changing is recorded as such.',
      notice:
        'The trigger and the review date are announced within 14 days of the trigger being met, and the review takes place within three months. Members can send in concerns about the rule in the meantime.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['annual-review', 'sunset-clause', 'open-comment-period'],
    furtherReading: [],
  },
  {
    slug: 'change-at-general-meeting',
    group: 'amendments',
    name: 'Change at a general meeting',
    summary:
      'The rule can only be changed at a general meeting of all members, the annual one or a special one called for the purpose, so every amendment is debated in front of everyone.',
    details: {
      whoProposes:
        'Any member may submit a motion to amend by the deadline, usually six weeks before the meeting, and the board or coordinators may propose too. Any ten members, or 5% of members if that is more, can call a special general meeting to consider an amendment.',
      threshold:
        'Two-thirds of members present and voting, counting proxy or postal votes from members who cannot come, with a quorum of 15% of members. Motions may be amended on the floor only in ways that do not go beyond what was circulated.',
      notice:
        'Motions go out with the agenda at least 21 days before the meeting, in writing and in the members’ channel. A special general meeting needs the same 21 days’ notice.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['established'],
      scales: ['local', 'regional'],
    },
    related: ['change-by-supermajority', 'quorum', 'regular-meetings', 'two-readings'],
    furtherReading: [{ title: 'Robert’s Rules of Order Newly Revised, by Henry M. Robert' }],
  },
]
