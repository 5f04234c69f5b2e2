/**
 * Seed content for the methods library: how a group makes decisions.
 *
 * Every method fills the four structured fields of the decisions group (core principle, when to use
 * it, steps, on objection or deadlock). The first ten slugs are the building-block ids earlier rules
 * already use (core/schema/modules.ts) and keep their meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const decisionsMethods: MethodData<'decisions'>[] = [
  // ---- agreement-seeking ---------------------------------------------------------------------
  {
    slug: 'consensus',
    group: 'decisions',
    name: 'Consensus',
    summary:
      'The group keeps talking and reshaping a proposal until everyone taking part can support it or is willing to stand aside. A single principled block stops it.',
    details: {
      corePrinciple:
        'A decision is only as strong as the people willing to carry it out. By looking for an outcome everyone can live with, the group surfaces concerns early and treats minority views as information rather than obstacles.',
      whenToUse:
        'Suits groups of up to about 20 people who share a clear purpose and meet often, especially for decisions about values, money or membership that everyone will live with. It strains in large or fast-moving groups, with urgent decisions, or where trust is low, because one block can stall everything.',
      steps:
        'The facilitator states the question and someone presents a proposal; the group asks clarifying questions first. Everyone then raises concerns and the proposal is amended until it seems ready. The facilitator tests for agreement by asking each person whether they agree, stand aside (disagree but will not stop it) or block. With no blocks the proposal passes, and the note-taker records it along with any stand-asides.',
      onObjection:
        'A block is kept for a principled objection, where the proposal would betray the group’s purpose or values, not for a preference. The person blocking explains why and helps look for an amendment; if two meetings pass without agreement, the group drops the proposal, hands it to a small working group, or uses a fallback it agreed in advance. Three or more stand-asides are a sign the proposal is weak and should be reworked even if nobody blocks.',
    },
    facets: {
      organisationKinds: ['cooperative', 'activist-collective', 'mutual-aid', 'neighbourhood-group', 'nonprofit'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: ['local', 'regional'],
    },
    related: ['modified-consensus', 'consent', 'gradients-of-agreement', 'facilitator'],
    furtherReading: [
      { title: 'Consensus decision-making', url: 'https://en.wikipedia.org/wiki/Consensus_decision-making' },
      {
        title: 'Consensus decision making (Seeds for Change)',
        url: 'https://www.seedsforchange.org.uk/consensus',
        note: 'A practical guide from a UK training co-operative, with a flowchart of the process.',
      },
    ],
  },
  {
    slug: 'modified-consensus',
    group: 'decisions',
    name: 'Modified consensus',
    summary:
      'Consensus is tried first, but if a proposal is still blocked after another round of work, it can pass with a high supermajority such as 80 percent.',
    details: {
      corePrinciple:
        'Aim for everyone’s agreement, but do not let one lasting objection hold the group hostage for ever. The fallback threshold is high enough that a real minority is still protected.',
      whenToUse:
        'Good for groups of 10 to 100 people that value consensus but have been stuck before, or that have grown past the point where everyone knows each other well. It protects a lone dissenter less than pure consensus does, so agree the fallback before you need it, never in the middle of a heated issue.',
      steps:
        'Run the proposal through a normal consensus discussion and test for agreement. If someone blocks, the group takes at least one more round, usually at the next meeting, with the proposal amended to address the block. If the block still stands, the facilitator calls a vote and the proposal passes with 80% of those present, or whatever threshold the rule sets. The minutes record the result, the objections and who stood aside or was outvoted.',
      onObjection:
        'A block triggers more work, not an instant vote: the person blocking and the proposer meet between sessions to look for changes both can accept. If the fallback vote fails, the proposal is set aside for at least three months unless it returns substantially changed.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'activist-collective', 'neighbourhood-group', 'mutual-aid'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['consensus', 'supermajority', 'quorum', 'consent'],
    furtherReading: [],
  },
  {
    slug: 'consent',
    group: 'decisions',
    name: 'Consent (no reasoned objection)',
    summary:
      'A proposal goes ahead when no one has a reasoned objection showing it would harm the group or its aims. The question is “can we live with it, and is it safe to try?” rather than “do we all like it?”',
    details: {
      corePrinciple:
        'Decisions need to be good enough for now and safe enough to try, not perfect. An objection is a gift that points to a risk the group has not yet seen, so objections are explored and built into the proposal rather than outvoted.',
      whenToUse:
        'Works well for teams and circles of 3 to 15 people making operational and policy decisions, and scales to larger organisations when each circle decides within its own domain. Less suited to questions of deep personal conviction, or to one decision taken by hundreds of people at once.',
      steps:
        'The proposer presents the proposal and the facilitator runs a round of clarifying questions, then a round of quick reactions in which each person speaks once without debate. The proposer may amend the proposal in light of what was said. The facilitator then asks each person in turn, “Do you have an objection?”, and if the round is clear the proposal is adopted with a review date, typically three to six months away.',
      onObjection:
        'An objection has to say how the proposal would harm the group’s aims or stop someone doing their work; “I would prefer something else” is not enough. The group explores it and amends the proposal, for example by shortening the trial, adding a safeguard or narrowing the scope, then runs the consent round again. If two rounds do not clear it, the proposal goes back to the proposer or a small group to redesign.',
    },
    facets: {
      organisationKinds: ['cooperative', 'workplace', 'nonprofit', 'open-source', 'mutual-aid'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['integrative-decision-making', 'consensus', 'time-boxed-experiment', 'devolved-domains'],
    furtherReading: [
      { title: 'Sociocracy', url: 'https://en.wikipedia.org/wiki/Sociocracy' },
      {
        title: 'Many Voices One Song, by Ted J. Rau and Jerry Koch-Gonzalez',
        note: 'A detailed handbook of sociocracy, including consent decisions in circles.',
      },
    ],
  },
  {
    slug: 'integrative-decision-making',
    group: 'decisions',
    name: 'Integrative decision-making',
    summary:
      'A tightly facilitated process, from Holacracy, in which a proposal is adopted unless someone raises an objection that passes a few validity tests; valid objections are then worked into the proposal.',
    details: {
      corePrinciple:
        'Proposals exist to solve real problems that someone has noticed in their work. Objections count only when they show the proposal would cause harm, which keeps decisions moving while still catching genuine risks.',
      whenToUse:
        'Suits workplaces and established teams that already hold structured governance meetings and want fast, disciplined decisions about roles and policies. It can feel mechanical to newcomers and is more machinery than a small informal group needs.',
      steps:
        'The proposer describes the problem and the proposal, the group asks clarifying questions only, and then each person gives a reaction with no cross-talk. The proposer may clarify or amend. The facilitator asks each person for objections and tests each one: does it show harm, is the harm caused by this proposal, and does it rest on what is known now rather than a guess? Objections that pass go to integration; if none do, the proposal is adopted.',
      onObjection:
        'In integration the facilitator asks the objector what change would remove the objection while still solving the proposer’s problem, and the amended proposal goes through a fresh objection round. If no workable change is found, the proposal is dropped and the proposer may bring a new one to a later meeting.',
    },
    facets: {
      organisationKinds: ['workplace', 'cooperative', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['consent', 'advisory-process', 'devolved-domains', 'facilitator'],
    furtherReading: [
      { title: 'Holacracy', url: 'https://en.wikipedia.org/wiki/Holacracy' },
      { title: 'Holacracy, by Brian J. Robertson', note: 'The book that sets out the governance meeting in full.' },
    ],
  },
  {
    slug: 'lazy-consensus',
    group: 'decisions',
    name: 'Lazy consensus',
    summary:
      'A proposal is posted with a deadline and goes ahead automatically unless someone objects before then, so silence counts as agreement.',
    details: {
      corePrinciple:
        'Most proposals are uncontroversial, and busy people should not have to say yes to each one. Making agreement the default saves everyone’s attention for the decisions that really need discussion.',
      whenToUse:
        'Fits open-source projects, online communities and distributed teams where people work in their own time and most changes are small and reversible. Avoid it for decisions that are hard to undo, that affect people who may not be watching the channel, or in groups where people feel unsafe saying no in public.',
      steps:
        'Post the proposal in the agreed channel with a clear label such as “[PROPOSAL]” and a deadline of at least 72 hours, or 7 days for larger matters. Anyone may comment, ask questions or add a +1. If the deadline passes without an objection, the proposer notes that it has passed and acts on it.',
      onObjection:
        'One objection with reasons stops the clock. The proposer and objector talk it through and may revise the proposal and restart the waiting period; if they cannot agree, the matter moves to a fuller process such as a consent round or a vote.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'workplace', 'nonprofit'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['consent', 'do-ocracy', 'majority-vote', 'async-proposals-thread'],
    furtherReading: [
      {
        title: 'Lazy consensus (Apache Software Foundation)',
        url: 'https://community.apache.org/committers/lazyConsensus.html',
        note: 'How Apache projects use silence as assent.',
      },
    ],
  },
  {
    slug: 'unanimity',
    group: 'decisions',
    name: 'Unanimous vote',
    summary:
      'Every member on the roll must vote yes for a decision to pass. Unlike consensus there is no standing aside: abstaining or not voting counts as no.',
    details: {
      corePrinciple:
        'Some commitments are so binding that nobody should be held to them without saying yes personally. Unanimity gives each member an absolute guarantee over the group’s foundations.',
      whenToUse:
        'Keep it for a handful of foundational decisions in small groups: admitting a new partner to a five-person co-op, selling a shared asset, changing the group’s purpose or dissolving it. As an everyday method it hands everyone a veto and freezes the group.',
      steps:
        'The proposal is sent in writing to every member at least 14 days before the decision. Members discuss it at a meeting, and then each member records a yes or a no, in person or in writing. It passes only if every member on the roll says yes.',
      onObjection:
        'A single no defeats the proposal, and that is the point. The group can ask what change would win that person’s support and bring a revised version, but must not pressure them; if the same kind of question keeps failing, consider whether it really needs unanimity or could move to a supermajority.',
    },
    facets: {
      organisationKinds: ['cooperative', 'workplace', 'mutual-aid'],
      sizeBands: ['1-5', '6-20'],
      maturities: [],
      scales: [],
    },
    related: ['consensus', 'supermajority', 'veto'],
    furtherReading: [{ title: 'Unanimity', url: 'https://en.wikipedia.org/wiki/Unanimity' }],
  },
  {
    slug: 'rough-consensus',
    group: 'decisions',
    name: 'Rough consensus',
    summary:
      'A chair judges that the group has reached rough consensus once every objection has been heard and answered, even if not everyone agrees. It weighs arguments rather than counting heads.',
    details: {
      corePrinciple:
        'Agreement is judged by whether each objection has been dealt with, not by how many people hold a view. One well-founded argument can outweigh a crowd saying “me too”, and a concern that has been answered but not accepted need not stop the group.',
      whenToUse:
        'Suits technical and standards work in open-source projects and working groups, where people can argue from evidence and there is a chair everyone trusts. It leans heavily on the chair’s fairness, so it fits poorly where trust is low or power is already unevenly spread.',
      steps:
        'A chair is named for the question, and discussion runs on the mailing list or issue tracker for a set period, typically two weeks. The chair then lists the open issues and checks that each has been addressed, either by changing the proposal or by explaining why not. Finally the chair declares whether there is rough consensus, with a written account of how each objection was handled.',
      onObjection:
        'Anyone who believes their objection was brushed aside rather than answered can ask the chair to reconsider, and then appeal to a wider body such as a steering committee. If the group is genuinely split, with strong arguments on both sides, there is no consensus and the proposal waits.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['lazy-consensus', 'consensus', 'appeals', 'peer-approval'],
    furtherReading: [
      {
        title: 'RFC 7282: On Consensus and Humming in the IETF',
        url: 'https://www.rfc-editor.org/rfc/rfc7282',
        note: 'The Internet Engineering Task Force’s own explanation of rough consensus.',
      },
    ],
  },
  {
    slug: 'gradients-of-agreement',
    group: 'decisions',
    name: 'Gradients of agreement',
    summary:
      'Instead of a plain yes or no, each person shows how strongly they support a proposal on a scale, such as fist-to-five, so the group can spot lukewarm support or serious doubt before deciding.',
    details: {
      corePrinciple:
        'A yes can mean “I love it” or “I’ll grudgingly go along”. Seeing the spread of support helps the group tell a strong decision from a fragile one.',
      whenToUse:
        'A quick check for meetings of 5 to 40 people, in person or on video, and a useful first step before a consensus test or a vote. On its own it decides nothing unless the group has agreed in advance what spread of scores counts as passing.',
      steps:
        'The facilitator reads out the proposal and everyone shows a score at the same moment: five fingers for full support, three for “I can live with it”, one for serious reservations and a fist for a block. The facilitator names the spread and invites anyone showing two or fewer to speak. The group then applies its pre-agreed rule, for example that the proposal passes if nobody shows a fist and no more than a quarter show one or two.',
      onObjection:
        'A fist works as a block, and low scores prompt discussion and amendment before a second showing. If the second round still has a fist, the group turns to its fallback, such as parking the item until the next meeting or moving to a vote.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['consensus', 'dotmocracy', 'consent', 'facilitator'],
    furtherReading: [
      {
        title: 'Facilitator’s Guide to Participatory Decision-Making, by Sam Kaner',
        note: 'Introduces the gradients of agreement scale.',
      },
    ],
  },

  // ---- voting --------------------------------------------------------------------------------
  {
    slug: 'majority-vote',
    group: 'decisions',
    name: 'Majority vote',
    summary:
      'Members vote for or against a proposal and it passes with more than half of the votes cast. Simple, familiar and quick.',
    details: {
      corePrinciple:
        'Every member’s vote counts the same, and the side with more support carries the decision. The group accepts that some people will be outvoted in exchange for a clear answer.',
      whenToUse:
        'Works for routine decisions, for choosing between two clear options and for anything that needs a definite answer by a date. It is a poor fit where a large minority would find the outcome intolerable, or where a settled faction could outvote the same people again and again.',
      steps:
        'A member puts forward a motion, another seconds it, and it is circulated at least 7 days ahead or raised at a meeting that has reached quorum. After discussion the chair calls the vote by show of hands, ballot or online form. The motion passes if the yes votes are more than half of the yes and no votes together; abstentions are recorded but not counted.',
      onObjection:
        'Objections are made in the debate before the vote, and members may propose amendments, which are voted on first. A tie means the motion fails. Members on the losing side can bring the matter back after three months, or sooner with new information.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['supermajority', 'quorum', 'ranked-choice-vote', 'two-round-vote'],
    furtherReading: [
      { title: 'Majority rule', url: 'https://en.wikipedia.org/wiki/Majority_rule' },
      { title: 'Robert’s Rules of Order, by Henry M. Robert', note: 'The classic manual of motions and voting.' },
    ],
  },
  {
    slug: 'supermajority',
    group: 'decisions',
    name: 'Supermajority (two-thirds)',
    summary:
      'A proposal needs at least two-thirds of the votes cast, or another agreed threshold above half. Kept for weighty or hard-to-reverse decisions.',
    details: {
      corePrinciple:
        'The bigger and more lasting the change, the broader the support it should need. A higher bar protects a substantial minority and keeps the group’s foundations steady.',
      whenToUse:
        'Use it for changing the rules, removing a member, large spending, merging or winding up. Applied to everyday business it lets a third of the group block almost anything, so keep a written list of the decisions that need it.',
      steps:
        'The proposal is published with at least 14 days’ notice and a clear statement that it needs a supermajority. After discussion members vote, and the count is made against votes cast, leaving out abstentions. It passes if the yes votes reach two-thirds (some groups use three-quarters for dissolution), and the exact count goes in the minutes.',
      onObjection:
        'Minority concerns carry extra weight in the debate because the proposer needs to win some of those people over. A failed proposal may not return unchanged for six months. If proposals of one kind keep failing narrowly, the group should ask whether the underlying disagreement needs mediation rather than another vote.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['majority-vote', 'quorum', 'modified-consensus', 'change-by-supermajority'],
    furtherReading: [{ title: 'Supermajority', url: 'https://en.wikipedia.org/wiki/Supermajority' }],
  },
  {
    slug: 'two-round-vote',
    group: 'decisions',
    name: 'Two-round vote',
    summary:
      'If no option wins more than half the votes in a first round, the top two go to a run-off, so the winner always has majority support.',
    details: {
      corePrinciple:
        'When there are several options, the winner should still be backed by most voters. A run-off between the two strongest gives people whose first choice dropped out a say in the final result.',
      whenToUse:
        'Good for electing someone to a role, or choosing between three to six options, when a second voting window is easy to run. It takes longer than a single ballot; where that is a burden, a ranked-choice vote reaches a similar result in one go.',
      steps:
        'Open a first round of at least 5 days in which each member votes for one option. If an option has more than half of the votes cast, it wins. Otherwise the two options with the most votes go to a second round a week later, open to every member, and whichever gets more votes wins.',
      onObjection:
        'Candidates or proposers knocked out in the first round may endorse a finalist but cannot re-enter. A tie for second place sends all the tied options to the run-off; a tie in the run-off is broken by drawing lots, or by rerunning the vote after further discussion, whichever the rule sets in advance.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'online-community', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['ranked-choice-vote', 'majority-vote', 'approval-vote'],
    furtherReading: [{ title: 'Two-round system', url: 'https://en.wikipedia.org/wiki/Two-round_system' }],
  },
  {
    slug: 'ranked-choice-vote',
    group: 'decisions',
    name: 'Ranked-choice vote',
    summary:
      'Voters rank the options in order of preference. The option with the fewest first choices is eliminated and its ballots pass to their next choice, round by round, until one option has a majority.',
    details: {
      corePrinciple:
        'People should be able to vote for what they really want without wasting their vote. If their favourite cannot win, their support flows on to their next choice.',
      whenToUse:
        'Fits elections for roles and choices among three or more options in groups of 20 or more, especially with online ballots that count automatically. Hand counts are slow for large groups, and a broadly liked compromise can be knocked out early if few people rank it first.',
      steps:
        'List the options and ask each voter to rank as many as they like, with 1 for their favourite. Count first choices; if one option has more than half, it wins. If not, remove the option with the fewest first choices, move each of its ballots to that voter’s next choice still in the race, and count again, repeating until one option holds a majority of the ballots still in play.',
      onObjection:
        'Agree the tie-break before voting, for example removing whichever tied option had fewer first choices and drawing lots if that is also equal. Publish the round-by-round count so anyone can check it, and allow any member to ask for a recount within 48 hours.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['two-round-vote', 'approval-vote', 'borda-count', 'range-vote'],
    furtherReading: [{ title: 'Instant-runoff voting', url: 'https://en.wikipedia.org/wiki/Instant-runoff_voting' }],
  },
  {
    slug: 'approval-vote',
    group: 'decisions',
    name: 'Approval vote',
    summary: 'Voters tick every option they find acceptable, and the option approved by the most voters wins.',
    details: {
      corePrinciple:
        'Asking “which could you accept?” instead of “which is your one favourite?” tends to find the option with the broadest support, and removes the fear of splitting the vote between similar options.',
      whenToUse:
        'Great for choosing among many options, picking dates or names, or shortlisting candidates, in groups of any size and especially online. It does not show how much more someone likes one option than another, so it is weaker where strength of feeling matters.',
      steps:
        'Publish the options and open a voting window of 3 to 7 days. Each voter ticks as many options as they are happy with. When the window closes, count the ticks; the most-approved option wins or, when filling several places, the top few.',
      onObjection:
        'If even the winner was approved by fewer than half of the voters, treat the result as weak and consider another round of discussion or new options. Ties are settled by a run-off between the tied options.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['range-vote', 'ranked-choice-vote', 'dotmocracy'],
    furtherReading: [{ title: 'Approval voting', url: 'https://en.wikipedia.org/wiki/Approval_voting' }],
  },
  {
    slug: 'range-vote',
    group: 'decisions',
    name: 'Range vote (score voting)',
    summary:
      'Voters give each option a score, for example from 0 to 5, and the option with the highest average score wins.',
    details: {
      corePrinciple:
        'Scoring lets people say how much they like each option, not only which one they like best, so an option many people rate well can beat a divisive favourite.',
      whenToUse:
        'Useful for comparing several designs or proposals, ranking grant applications, or any choice where degrees of preference matter. When stakes are high some voters give only top and bottom scores, which turns it into an approval vote, so it works best among people with little reason to play tactics.',
      steps:
        'Agree the scale, say 0 to 5, and what each end means. Each voter scores every option, and a blank means “no opinion”: it is left out of that option’s average rather than counted as zero. Average the scores; the highest average wins, provided at least half of the voters scored that option.',
      onObjection:
        'Publish the full score table so everyone can see where support was broad or thin. If the top two averages are within 5% of each other, treat it as a tie and hold a run-off between them.',
    },
    facets: {
      organisationKinds: ['online-community', 'open-source', 'nonprofit', 'cooperative'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['approval-vote', 'quadratic-voting', 'borda-count'],
    furtherReading: [{ title: 'Score voting', url: 'https://en.wikipedia.org/wiki/Score_voting' }],
  },
  {
    slug: 'borda-count',
    group: 'decisions',
    name: 'Borda count',
    summary:
      'Voters rank the options, each place earns points (nothing for last, one for next-to-last, and so on), and the option with the most points overall wins.',
    details: {
      corePrinciple:
        'Every place in someone’s ranking counts, so an option that many people rank fairly high does well even if few rank it first. It rewards the compromise rather than the favourite of the largest bloc.',
      whenToUse:
        'Good for choosing among four to ten options where a compromise is welcome, such as a project name or the order of priorities for the year. It is open to tactics, since people can rank a strong rival last to bury it, and adding near-duplicate options can change the winner, so avoid it for contested elections.',
      steps:
        'List the options and ask each voter to rank all of them. With n options, first place earns n−1 points, second n−2, and so on down to 0 for last. Total the points; the highest total wins, and the full order can double as a priority list.',
      onObjection:
        'Decide in advance how part-filled ballots count; a common choice is that unranked options share the leftover points equally. If people suspect tactical burying, publish the anonymised ballots so the pattern can be seen, and consider a ranked-choice or approval vote next time.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['ranked-choice-vote', 'range-vote', 'dotmocracy'],
    furtherReading: [{ title: 'Borda count', url: 'https://en.wikipedia.org/wiki/Borda_count' }],
  },
  {
    slug: 'cumulative-voting',
    group: 'decisions',
    name: 'Cumulative voting',
    summary:
      'Each voter has several votes, usually as many as there are seats to fill, and may spread them out or pile them all onto one candidate.',
    details: {
      corePrinciple:
        'A close-knit minority that cares strongly about one candidate can concentrate its votes and win a seat, instead of being outvoted on every seat by the majority.',
      whenToUse:
        'Suits electing several people to a board or committee at once, when the group wants smaller branches, newer members or a particular trade to be able to win representation. It needs a clear explanation beforehand and is of little use for single yes-or-no questions.',
      steps:
        'Announce the number of seats, say five, and give every voter five votes. Voters may give all five to one candidate, one each to five candidates, or any split in between. Add up each candidate’s votes; the five with the most are elected.',
      onObjection:
        'A tie for the last seat goes to a run-off between the tied candidates. Because results depend on how blocs coordinate, publish the totals in full and check after each election whether the board reflects the membership.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['elected-committee', 'quadratic-voting', 'approval-vote'],
    furtherReading: [{ title: 'Cumulative voting', url: 'https://en.wikipedia.org/wiki/Cumulative_voting' }],
  },
  {
    slug: 'quadratic-voting',
    group: 'decisions',
    name: 'Quadratic voting',
    summary:
      'Each member has a budget of voice credits to spend across proposals. Casting n votes on one proposal costs n² credits, so people can show how much they care without a few dominating.',
    details: {
      corePrinciple:
        'Strength of feeling matters, but extra influence should get steeply more expensive. Because a fourth vote on one item costs 16 credits, people spread their credits over the things they care about most instead of piling everything on one.',
      whenToUse:
        'Suits setting priorities among many proposals, such as budget allocation, roadmap items or which campaigns to run, in larger or online groups with a tool that does the arithmetic. It takes some explaining for a first-time group, and it breaks down if people can open extra accounts to get extra credits.',
      steps:
        'Give every member the same budget, for example 100 credits per round. List the proposals and open the ballot for a week; members cast votes for or against items, paying 1 credit for one vote, 4 for two, 9 for three and so on. Total the votes per proposal, rank them, and adopt or fund from the top until the money or capacity runs out.',
      onObjection:
        'Members may challenge the result within 48 hours if they believe accounts were duplicated or credits misused, and a steward checks the ballot record. Unspent credits do not carry over, so nobody can save up to swamp a later round.',
    },
    facets: {
      organisationKinds: ['online-community', 'open-source', 'cooperative', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['cumulative-voting', 'range-vote', 'conviction-voting', 'liquid-democracy'],
    furtherReading: [
      { title: 'Quadratic voting', url: 'https://en.wikipedia.org/wiki/Quadratic_voting' },
      {
        title: 'Radical Markets, by Eric A. Posner and E. Glen Weyl',
        note: 'Makes the case for quadratic voting.',
      },
    ],
  },
  {
    slug: 'conviction-voting',
    group: 'decisions',
    name: 'Conviction voting',
    summary:
      'Members place their support on standing proposals, and that support grows stronger the longer it stays put; a proposal passes when its accumulated conviction crosses a threshold.',
    details: {
      corePrinciple:
        'Decisions should reflect lasting support, not who happened to turn up on voting day. Because conviction builds over time and fades when support moves elsewhere, a small group cannot rush something through, and a steady minority can eventually fund its priorities.',
      whenToUse:
        'Designed for continuously sharing out a common fund, such as a community grants pool, in online communities and open-source ecosystems where proposals arrive at any time. It needs software to track the build-up and is hard to explain, so it is rarely worth it for small groups or one-off choices.',
      steps:
        'Anyone posts a funding proposal with the amount requested. Members place their voting weight on one or more proposals and can move it whenever they like. Each proposal’s conviction grows day by day while support stays and decays once it is withdrawn; when conviction passes a threshold that rises with the size of the request compared with the fund, the proposal passes and is paid.',
      onObjection:
        'There is no block: opponents respond by backing a competing proposal, or a standing “no change” proposal that soaks up support. A small council holds a veto over proposals that break the group’s rules or the law, and must explain publicly each time it uses it.',
    },
    facets: {
      organisationKinds: ['online-community', 'open-source'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['established'],
      scales: ['global'],
    },
    related: ['quadratic-voting', 'lazy-consensus', 'veto'],
    furtherReading: [],
  },
  {
    slug: 'dotmocracy',
    group: 'decisions',
    name: 'Dot voting',
    summary:
      'Everyone gets a few sticky dots, on paper or on a shared online board, to place on the ideas they favour; the ideas with the most dots rise to the top.',
    details: {
      corePrinciple:
        'A fast, visible way for a group to see where its energy lies. It narrows a long list to a few options without hours of debate.',
      whenToUse:
        'Best for brainstorms, planning days and workshops of 5 to 60 people who need to prioritise or shortlist. It is a poor way to settle contested questions, since it measures popularity rather than consent, and early dots can sway later voters.',
      steps:
        'Write each idea on its own card or sheet. Give every person the same number of dots, about a third of the number of ideas (4 dots for 12 ideas, say), and say whether dots may be stacked on one idea. Everyone places their dots at the same time, or privately first on a digital board, and the facilitator counts and reads out the leading ideas.',
      onObjection:
        'Anyone who thinks an important idea got lost may make a one-minute case for it before the shortlist is fixed. The shortlist then goes to a proper decision method, such as consent or a vote, where objections can be heard in full.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['gradients-of-agreement', 'approval-vote', 'cumulative-voting'],
    furtherReading: [{ title: 'Dotmocracy', url: 'https://en.wikipedia.org/wiki/Dotmocracy' }],
  },
  {
    slug: 'liquid-democracy',
    group: 'decisions',
    name: 'Liquid democracy',
    summary:
      'Every member can vote on any question or delegate their vote, topic by topic, to someone they trust. Delegations can be withdrawn at any time, and voting directly always overrides them.',
    details: {
      corePrinciple:
        'People should be able to take part as much or as little as they like. Trust flows to those who know a subject, but it is only on loan: anyone can take their vote back whenever they choose.',
      whenToUse:
        'Fits large online communities, federations and campaigning organisations with many decisions across distinct topics, backed by software that tracks delegations. It can concentrate power in a few popular delegates, and it is heavy machinery for a group of under about 50 people who could simply all vote.',
      steps:
        'The group defines topic areas such as finance, events or code. Each member may name a delegate for each topic, and delegates may pass votes on to their own delegate. When a proposal opens, typically for 7 days, any member may vote directly; otherwise their delegate’s vote counts for them, and the usual majority or threshold rule decides.',
      onObjection:
        'A member who disagrees with how their delegate is voting simply votes before the deadline, which overrides the delegation for that question. Delegation counts are published, and if power starts to concentrate the group can cap the votes one person may carry, for example at 5% of members.',
    },
    facets: {
      organisationKinds: ['online-community', 'open-source', 'activist-collective', 'nonprofit'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['delegation', 'quadratic-voting', 'majority-vote', 'federated-council'],
    furtherReading: [{ title: 'Liquid democracy', url: 'https://en.wikipedia.org/wiki/Liquid_democracy' }],
  },
  {
    slug: 'petition-to-vote',
    group: 'decisions',
    name: 'Petition to vote',
    summary:
      'Any member can start a petition for a proposal; once it gathers enough signatures, it goes to a vote of all members.',
    details: {
      corePrinciple:
        'Ordinary members should be able to put a question to the whole group without waiting for its leaders to agree. The signature threshold filters out ideas with little backing.',
      whenToUse:
        'Fits larger memberships, online communities and groups run by an elected committee, as a check that keeps the agenda open. In groups under about 20 people it is unnecessary, since anyone can simply raise an item at a meeting.',
      steps:
        'A member posts the proposal in the petitions space with the exact wording to be voted on. Other members add their signatures over up to 30 days. If the signatures reach the threshold, for example 10% of members or 50 people, whichever is lower, the proposal goes to a vote of all members within 21 days under the group’s usual voting rule.',
      onObjection:
        'Members who oppose the petition make their case in the run-up to the vote, and the committee may publish a response alongside the ballot. A petition that misses the threshold in time lapses, and the same proposal cannot be restarted for three months.',
    },
    facets: {
      organisationKinds: ['online-community', 'nonprofit', 'cooperative', 'open-source'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['majority-vote', 'elected-committee', 'quorum', 'liquid-democracy'],
    furtherReading: [{ title: 'Popular initiative', url: 'https://en.wikipedia.org/wiki/Popular_initiative' }],
  },

  // ---- handing decisions to someone ----------------------------------------------------------
  {
    slug: 'delegation',
    group: 'decisions',
    name: 'Delegation',
    summary:
      'The group hands a clearly defined area of decisions to a person or team, who decide within those limits without asking each time and report back on what they decided.',
    details: {
      corePrinciple:
        'Not every decision needs everyone. Handing a bounded area to the people closest to the work frees the group’s attention while keeping the overall direction in shared hands.',
      whenToUse:
        'Fits almost any group once it has more decisions than its meetings can handle: running the newsletter, booking venues, spending up to a set amount. It goes wrong when the limits are vague, so write them down, and it is no way to settle a contested question the whole group cares about.',
      steps:
        'The group writes a short mandate: the area, what the delegate may decide alone, any spending limit (for example up to £500 per item) and what must come back to the group. It appoints the person or team for a set term, usually by consent or a vote. The delegate decides within the mandate, notes each decision in the shared log and reports at every regular meeting.',
      onObjection:
        'A member who disagrees with a delegated decision raises it with the delegate first; if that does not settle it, it goes on the next meeting’s agenda, where the group can reverse the decision or change the mandate. The group can withdraw a delegation at any time by the same method it used to grant it.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['devolved-domains', 'advisory-process', 'elected-committee', 'steward'],
    furtherReading: [],
  },
  {
    slug: 'executive-decision',
    group: 'decisions',
    name: 'Executive decision',
    summary:
      'One named person makes the decision, ideally after hearing from those affected, and explains their reasoning in writing.',
    details: {
      corePrinciple:
        'Clear responsibility and speed: one person weighs the input and answers for the outcome. The authority comes with a duty to listen first and explain afterwards.',
      whenToUse:
        'Suits founders of young projects, coordinators of small teams, and decisions that must be quick or that rest on expertise only one person has. It can become a bottleneck and leave others feeling sidelined, so pair it with written reasons and a route to appeal.',
      steps:
        'The rule names the decision-maker and the areas they decide. For any significant decision they post the question and invite comments for at least 3 days, unless it is urgent. They then decide, write a short note of what they chose and why, and add it to the decision log.',
      onObjection:
        'Members may ask the decision-maker to reconsider in light of new information, and they reply within 7 days. Lasting disagreement goes to a named appeal route, such as a vote of all members that can overturn the decision with a two-thirds majority.',
    },
    facets: {
      organisationKinds: ['open-source', 'workplace', 'activist-collective'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['advisory-process', 'veto', 'appeals', 'emergency-decisions'],
    furtherReading: [],
  },
  {
    slug: 'advisory-process',
    group: 'decisions',
    name: 'Advice process',
    summary:
      'Anyone may make a decision, as long as they first ask for advice from the people it affects and from those with relevant expertise. The advice is not binding, but it must be considered.',
    details: {
      corePrinciple:
        'The people closest to a problem are often best placed to solve it, and asking for advice spreads ownership without anyone needing permission. Responsibility stays with the decision-maker, who must be able to explain how they weighed what they heard.',
      whenToUse:
        'Works in self-managing workplaces, co-ops and project teams with good trust and openness, for decisions from buying equipment to changing a process. It needs a culture where people genuinely ask, and it suits poorly decisions about pay, membership or the rules themselves, which touch everyone equally.',
      steps:
        'The decision-maker writes a short proposal and shares it with everyone affected and anyone with relevant know-how, with a window to respond, often 5 working days. They gather advice, answer questions and revise as they see fit. They then decide and post the final decision with a note of the advice received and how they took it into account.',
      onObjection:
        'Advisers who disagree say so plainly during the window; the decision-maker need not follow them but should explain why not. If someone believes the process was skipped or the decision causes serious harm, they raise it through the group’s conflict process, and a habit of ignoring advice can lead the group to withdraw that person’s right to decide in that area.',
    },
    facets: {
      organisationKinds: ['workplace', 'cooperative', 'nonprofit', 'open-source'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['do-ocracy', 'delegation', 'consent', 'executive-decision'],
    furtherReading: [
      {
        title: 'Reinventing Organizations, by Frederic Laloux',
        note: 'Describes the advice process in self-managing organisations.',
      },
    ],
  },
  {
    slug: 'do-ocracy',
    group: 'decisions',
    name: 'Do-ocracy',
    summary:
      'Whoever steps up to do a piece of work decides how it is done, within the group’s shared values; responsibility follows initiative.',
    details: {
      corePrinciple:
        'Doing beats debating. People who put in the effort earn the say over that effort, and anyone who wants it done differently is welcome to pitch in.',
      whenToUse:
        'Thrives in hackerspaces, volunteer projects, festivals and open-source communities where most tasks are small, visible and easy to redo. It can favour people with the most free time and confidence, and it is not for decisions that commit more than a small sum of shared money or that affect everyone.',
      steps:
        'A member spots something that needs doing and says in the shared channel that they are taking it on. They decide how to do it, asking for input if they want it. They do the work and tell the group briefly when it is done, spending no more than the agreed limit, for example €100 from the common pot, without asking.',
      onObjection:
        'If someone dislikes how a task was done, they talk to the person who did it and, if they care enough, offer to do it differently themselves. Anything that would cause harm, break the code of conduct or be hard to undo can be paused and taken to a meeting, where the group decides by its usual method.',
    },
    facets: {
      organisationKinds: [
        'open-source',
        'online-community',
        'mutual-aid',
        'activist-collective',
        'neighbourhood-group',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['advisory-process', 'lazy-consensus', 'time-boxed-experiment', 'autonomy'],
    furtherReading: [],
  },
  {
    slug: 'elected-committee',
    group: 'decisions',
    name: 'Elected committee',
    summary:
      'Members elect a small committee for a fixed term to make decisions on their behalf between general meetings, and hold it to account.',
    details: {
      corePrinciple:
        'A large membership cannot decide everything together, so it chooses a few people to act for it. Regular elections, open reports and the power to recall keep the committee answerable.',
      whenToUse:
        'The usual choice for nonprofits, associations and larger co-ops with 30 or more members, and often required by law for incorporated bodies. It can drift into a closed circle when the same people are re-elected for years, so combine it with term limits and published minutes.',
      steps:
        'At the annual general meeting members nominate candidates and elect a committee of five to nine people for a one- or two-year term. The committee meets monthly, decides by majority with a quorum of more than half its members, and publishes minutes within 14 days. It reports to the next annual meeting, where members question it and set direction for the year ahead.',
      onObjection:
        'Members who object to a committee decision can petition for it to go before a general meeting; if 10% of members sign, the committee must call one within 30 days. A committee member who loses the members’ confidence can be recalled by a two-thirds vote at a general meeting.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegation', 'petition-to-vote', 'recall', 'term-limits'],
    furtherReading: [],
  },
  {
    slug: 'peer-approval',
    group: 'decisions',
    name: 'Two-person review',
    summary:
      'A change goes ahead once two other trusted members have reviewed and approved it, and nobody with the same standing has asked for changes.',
    details: {
      corePrinciple:
        'Two careful pairs of eyes catch most mistakes, and nobody should be able to push their own work through alone. Approval is shared among peers rather than held by one gatekeeper.',
      whenToUse:
        'The everyday method for code changes in open-source projects, and just as useful for publications, grant applications or press statements in any group with several experienced members. It slows down when reviewers are scarce, and it does not settle questions of direction, which need a wider process.',
      steps:
        'The author opens the change for review with a description of what it does and why. At least two reviewers who did not write it read it and either approve or ask for changes. Once it has two approvals and no outstanding requests for changes, and larger changes have been open for at least 24 hours, the author or a reviewer merges or publishes it.',
      onObjection:
        'A request for changes holds the work until the author deals with it or the reviewer withdraws the request. If author and reviewer still disagree after talking it through, a third reviewer or the relevant team lead decides; disagreements about direction go to the project’s wider decision process.',
    },
    facets: {
      organisationKinds: ['open-source', 'nonprofit', 'workplace', 'online-community'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['lazy-consensus', 'rough-consensus', 'delegation', 'do-ocracy'],
    furtherReading: [],
  },

  // ---- safeguards ----------------------------------------------------------------------------
  {
    slug: 'veto',
    group: 'decisions',
    name: 'Veto',
    summary:
      'A named person or body can stop a decision from going ahead, even when others support it, and gives a written reason when they do.',
    details: {
      corePrinciple:
        'Some risks, whether legal, financial, to people’s safety or to the group’s core purpose, are serious enough that one accountable guardian should be able to say stop. A veto is a safety catch, not a steering wheel.',
      whenToUse:
        'Useful alongside another method: a treasurer’s veto on spending the group cannot afford, a founder’s veto over a change of licence, a safeguarding lead’s veto on an event involving children. Used often or without reasons it breeds resentment and slides into rule by one person.',
      steps:
        'The rule names who holds the veto, over which kinds of decision, and how long they have to use it, for example 5 days after a decision is made. The holder uses it by posting a written notice with the reasons. The decision is then suspended and returns to the body that made it.',
      onObjection:
        'The group may revise the decision to meet the concern and try again. As a guard against abuse, three-quarters of all members can override a veto, and every veto is listed at the annual review so the group can see how often it is used.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['executive-decision', 'supermajority', 'emergency-decisions', 'treasurer'],
    furtherReading: [{ title: 'Veto', url: 'https://en.wikipedia.org/wiki/Veto' }],
  },
  {
    slug: 'quorum',
    group: 'decisions',
    name: 'Quorum',
    summary: 'A minimum number of members must take part for a meeting or vote to make a valid decision.',
    details: {
      corePrinciple:
        'A decision taken by a handful of people on a quiet evening should not bind everyone. A quorum makes sure enough of the group is present for the outcome to reflect it.',
      whenToUse:
        'Pair it with any meeting- or vote-based method in groups larger than about ten. Set it too high and nothing can be decided; too low and it protects nothing. A common starting point is a third of members for general meetings and half for a committee.',
      steps:
        'The rule states the quorum as a number or share of members, for example 25% of members or 10 people, whichever is smaller. At the start of a meeting, or when an online vote closes, the chair or secretary counts those taking part. If the quorum is met, decisions stand; if not, the meeting may discuss but not decide.',
      onObjection:
        'Any member may ask for a quorum count before a vote. A meeting that falls short is adjourned and reconvened within 14 days with fresh notice, and some groups lower the quorum for the reconvened meeting so that absence alone cannot stall the group indefinitely.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['majority-vote', 'supermajority', 'elected-committee'],
    furtherReading: [{ title: 'Quorum', url: 'https://en.wikipedia.org/wiki/Quorum' }],
  },
  {
    slug: 'time-boxed-experiment',
    group: 'decisions',
    name: 'Time-boxed experiment',
    summary:
      'The group agrees to try a change for a fixed period with a clear way to judge it, then decides whether to keep, adjust or drop it.',
    details: {
      corePrinciple:
        'Many disagreements are really predictions about what will happen. Trying a change on a small scale for a limited time replaces argument with evidence and lowers the stakes of saying yes.',
      whenToUse:
        'Great for new processes, meeting formats, tools or policies that can be reversed, and for breaking deadlocks where both sides are guessing. Not for irreversible choices such as spending a reserve, signing a lease or removing a member.',
      steps:
        'Write down the change, the trial period (commonly 4 to 12 weeks), what will be measured or observed, and who will report back. Approve the trial by the group’s usual method, which is often easier because it is temporary. At the end the reporter shares what happened, and the group decides to adopt it, adjust it for another trial, or end it; if no decision is made, the trial lapses.',
      onObjection:
        'Complaints during the trial are noted and fed into the review rather than reopening the decision, unless someone shows real harm, in which case any member can ask the facilitator to stop the trial early. If the review itself deadlocks, the trial ends and the previous arrangement returns.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['consent', 'sunset-clause', 'do-ocracy', 'lazy-consensus'],
    furtherReading: [],
  },
  {
    slug: 'emergency-decisions',
    group: 'decisions',
    name: 'Emergency decisions',
    summary:
      'When something urgent cannot wait for the normal process, a small named group may act at once, within strict limits, and must report back and seek approval afterwards.',
    details: {
      corePrinciple:
        'A good process should never stop the group from protecting people or property in a crisis. Emergency powers are narrow, temporary and always answered for afterwards.',
      whenToUse:
        'For genuine emergencies: a threat to safety at an event, a security breach, a sudden eviction notice, a deadline measured in hours. It should be rare; if emergencies come up every month, the normal process is too slow and needs fixing instead.',
      steps:
        'The rule names the emergency group, for example any two of three named coordinators, and says what counts as an emergency. When one arises they make only the decisions needed to deal with it for the next 14 days, spending no more than a set sum. They tell all members within 24 hours what they did and why, and the decision goes to the next meeting for ratification.',
      onObjection:
        'Any member can challenge an emergency decision, and it lapses after 14 days unless the group ratifies it by its normal method. If members judge the powers were misused, the group can remove those people from the emergency group and review the rule.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['executive-decision', 'veto', 'delegation', 'recall'],
    furtherReading: [],
  },

  // ---- chance and deliberation ---------------------------------------------------------------
  {
    slug: 'lottery',
    group: 'decisions',
    name: 'Selection by lot',
    summary:
      'When options are equally acceptable, or something scarce must be shared out fairly, the group draws lots instead of arguing or voting, so no faction can steer the result.',
    details: {
      corePrinciple:
        'Chance is impartial. When there is no good reason to prefer one option or person over another, drawing lots is fairer and quicker than a contest, and nobody loses face.',
      whenToUse:
        'Good for sharing out scarce things fairly, such as allotment plots, event places, speaking slots or which of several equally backed projects is funded first, and for breaking ties. Do not use it to dodge a real disagreement about values, or when some options are plainly better than others.',
      steps:
        'The group first agrees who or what is eligible, so that any result would be acceptable. The draw is announced in advance with its time and method, for example numbered slips in a hat or an online random-number tool whose settings are posted. It is carried out in front of witnesses or on a recorded call, and the result is published straight away.',
      onObjection:
        'Objections are about eligibility and must be raised before the draw; once lots are drawn the result stands. If someone disputes that the draw itself was fair, it is rerun once in full view of that person.',
    },
    facets: {
      organisationKinds: [
        'mutual-aid',
        'neighbourhood-group',
        'cooperative',
        'activist-collective',
        'online-community',
      ],
      sizeBands: [],
      maturities: [],
      scales: [],
    },
    related: ['citizens-assembly', 'sortition', 'jury-review'],
    furtherReading: [{ title: 'Sortition', url: 'https://en.wikipedia.org/wiki/Sortition' }],
  },
  {
    slug: 'citizens-assembly',
    group: 'decisions',
    name: 'Citizens’ assembly',
    summary:
      'A panel of members chosen by lot, balanced to reflect the wider group, learns about an issue, hears from different sides, deliberates and then decides or makes recommendations.',
    details: {
      corePrinciple:
        'A small random sample of ordinary members, given time and good information, can decide thoughtfully on everyone’s behalf, free from the loudest voices and from campaigning for votes.',
      whenToUse:
        'Suits large memberships facing a contested or complex question, such as a major restructure, a rewrite of the code of conduct or how to spend a large reserve, where a general vote would be shallow and a committee distrusted. It takes weeks and real organising effort, so keep it for a few big questions a year.',
      steps:
        'The group sets the question and says whether the assembly’s outcome is binding or a recommendation. Between 12 and 40 members are drawn by lot from those willing, balanced for factors such as branch, length of membership and role, and offered support such as childcare or a small stipend. Over two to four sessions the assembly hears from experts and affected people, deliberates in small facilitated groups, and adopts its outcome by a two-thirds vote of the assembly, publishing its reasons.',
      onObjection:
        'Minority views within the assembly are written into its final report alongside the decision. If the outcome is a recommendation, the committee or wider membership must respond publicly within 30 days and explain any part it does not adopt; if it is binding, only a two-thirds vote of all members can overturn it.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'online-community', 'open-source', 'neighbourhood-group'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['lottery', 'sortition', 'jury-review', 'facilitator'],
    furtherReading: [
      { title: 'Citizens’ assembly', url: 'https://en.wikipedia.org/wiki/Citizens%27_assembly' },
      {
        title: 'Against Elections, by David Van Reybrouck',
        note: 'A short case for choosing decision-makers by lot.',
      },
    ],
  },

  // ---- groups of groups ----------------------------------------------------------------------
  {
    slug: 'spokescouncil',
    group: 'decisions',
    name: 'Spokescouncil',
    summary:
      'Small groups each send a spoke to a shared council. Spokes carry their group’s views, shape proposals together and check back with their groups before anything is agreed.',
    details: {
      corePrinciple:
        'Large numbers of people can decide together without everyone sitting in one enormous meeting. Power stays with the small groups: spokes are messengers with a brief, not representatives free to decide on their own.',
      whenToUse:
        'Fits networks of affinity groups, working groups or local branches, from a mass action to a social centre run by several collectives, that need joint decisions, often by consensus. It is slow when spokes must go back and forth several times, and it needs groups that meet between council sessions.',
      steps:
        'Each group discusses the question and sends one spoke, rotated from meeting to meeting, with a clear brief of its views and limits. At the council, spokes present their groups’ positions while other members sit behind them and can pass notes. The spokes draft a proposal and take it back to their groups, sometimes during a short break in the same meeting, and the council agrees only when every group has consented.',
      onObjection:
        'A spoke may block only on behalf of their group, never on a personal view. When a group objects, the council amends the proposal and sends it round again; if no agreement emerges, each group stays free to act alone on the matter, and the council records that no joint decision was made.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'cooperative', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['federated-council', 'inter-group-agreement', 'consensus', 'rotation'],
    furtherReading: [
      {
        title: 'The Spokescouncil (Seeds for Change)',
        url: 'https://www.seedsforchange.org.uk/spokescouncil',
        note: 'A practical guide to consensus in large groups through delegates.',
      },
    ],
  },
  {
    slug: 'federated-council',
    group: 'decisions',
    name: 'Federated council',
    summary:
      'Local groups govern themselves and send recallable delegates to a council that decides only the matters affecting all of them, keeping every decision as local as it can be.',
    details: {
      corePrinciple:
        'Subsidiarity: decide at the most local level able to handle the question. The council exists to serve the local groups, and its delegates carry mandates from them and can be replaced by them at any time.',
      whenToUse:
        'Suits federations of co-ops, tenant unions, mutual-aid networks and organisations spread over several towns, where local groups differ but share money, a name or campaigns. Decisions move more slowly than in a single body, and without a written list of what is shared the council will gradually absorb local authority.',
      steps:
        'The founding agreement lists the shared matters the council handles, such as the common fund, the name and joint campaigns; everything else stays local. Each local group chooses one or two delegates for a term of up to a year and gives them a mandate on the items up for decision. The council meets, for example quarterly, decides by consent or a two-thirds vote of delegates, and delegates report back to their groups within two weeks.',
      onObjection:
        'A local group that disagrees with a council decision can instruct its delegate to bring it back, and a third of member groups together can call an extra council meeting. Any group may recall its delegate at any time by its own internal process, and may opt out of a joint action that conflicts with its own decisions, except where the shared fund or name is concerned.',
    },
    facets: {
      organisationKinds: ['cooperative', 'mutual-aid', 'activist-collective', 'nonprofit', 'neighbourhood-group'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['spokescouncil', 'devolved-domains', 'inter-group-agreement', 'recall'],
    furtherReading: [{ title: 'Subsidiarity', url: 'https://en.wikipedia.org/wiki/Subsidiarity' }],
  },
  {
    slug: 'inter-group-agreement',
    group: 'decisions',
    name: 'Inter-group agreement',
    summary:
      'Autonomous groups that share resources or act together negotiate written agreements on those joint matters, and each group decides for itself whether to sign.',
    details: {
      corePrinciple:
        'No group is bound by anything it did not agree to. Cooperation rests on explicit, voluntary agreements between equals rather than on a body above them.',
      whenToUse:
        'Fits solidarity networks, coalitions and neighbouring collectives that share a space, a van, a fund or a campaign but want to stay fully independent. It works for a handful of groups and specific matters; with many groups or constant joint business, a spokescouncil or federated council is less work.',
      steps:
        'One group puts a joint matter, for example sharing a warehouse, to the others in writing. Each group discusses it and sends a contact person to a joint meeting to draft the terms: who contributes what, who handles day-to-day decisions, how costs are split, and when the agreement is reviewed or ends. Each group ratifies the final text by its own method, and the agreement binds only those that sign.',
      onObjection:
        'A group that objects simply does not sign, and the others may go ahead without it. Disputes under a signed agreement go first to the contact people and then to mediation by someone from an uninvolved group, and any group may leave with the notice set in the agreement, typically 30 days.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'activist-collective', 'cooperative', 'neighbourhood-group', 'nonprofit'],
      sizeBands: ['21-100', '101-1000'],
      maturities: [],
      scales: ['local', 'regional'],
    },
    related: ['spokescouncil', 'federated-council', 'mediation'],
    furtherReading: [],
  },
  {
    slug: 'devolved-domains',
    group: 'decisions',
    name: 'Devolved domains',
    summary:
      'A central body hands defined areas of authority to smaller units, such as teams or local branches, while keeping a shared framework and the right to take that authority back.',
    details: {
      corePrinciple:
        'Decisions belong where the knowledge is, but inside a common frame. Each unit is in charge of its domain until the centre, by a deliberate and public decision, redraws the boundary.',
      whenToUse:
        'Suits growing organisations that began centrally run and now have teams, chapters or circles able to run themselves, such as a national charity with local branches or an open-source project with sub-teams. The centre must resist meddling inside domains it has handed over, and units need support as well as authority.',
      steps:
        'The central body writes a charter for each unit: its purpose, what it decides (budget, membership, tools, events), the shared policies it must follow, and what it reports and when. The unit accepts the charter and organises its own decision-making. The centre reviews every charter yearly, adjusts boundaries where needed, and steps in only on matters outside the domain.',
      onObjection:
        'Disputes about whether something falls inside a domain are settled by the central body after hearing the unit. The centre can take a domain back only by a two-thirds vote with 30 days’ notice and stated reasons, or at once in an emergency such as a legal or safeguarding risk, followed by a review within 60 days.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'open-source', 'cooperative', 'workplace'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['delegation', 'federated-council', 'consent', 'autonomy'],
    furtherReading: [{ title: 'Devolution', url: 'https://en.wikipedia.org/wiki/Devolution' }],
  },
]
