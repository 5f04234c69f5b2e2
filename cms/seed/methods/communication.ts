/**
 * Seed content for the methods library: how a group communicates. Plain data, checked against the
 * methods schema before it is written. The first five slugs are the catalogue's communication modules
 * (core/schema/modules.ts) and keep their meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const communicationMethods: MethodData<'communication'>[] = [
  {
    slug: 'regular-meetings',
    group: 'communication',
    name: 'Regular meetings',
    summary: 'The group meets on a predictable schedule to share updates and make decisions together.',
    details: {
      channels:
        'A standing meeting, in person or by video, on the same day and at the same time, for example the first Tuesday of each month at 7pm, with a place or link that does not change. The agenda lives in a shared document everyone can add to.',
      rhythm:
        'Monthly suits most volunteer groups; teams working closely together may meet every week or two. Meetings last no more than 90 minutes, agenda items go in at least three days ahead, and decisions are written up within a week.',
      norms:
        'Meetings start and end on time, a facilitator keeps to the agenda, and people speak one at a time, with those who have not spoken yet going first. Anyone who cannot attend can send comments in advance, and no major decision is taken on an item that was not on the agenda.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['open-agendas', 'public-minutes', 'facilitator', 'quorum'],
    furtherReading: [
      {
        title: 'Robert’s Rules of Order',
        url: 'https://en.wikipedia.org/wiki/Robert%27s_Rules_of_Order',
        note: 'The classic formal meeting procedure; more than most small groups need, but a useful reference.',
      },
    ],
  },
  {
    slug: 'async-proposals-thread',
    group: 'communication',
    name: 'Async proposals thread',
    summary:
      'One shared written space where proposals are posted, discussed and decided, so people can take part in their own time.',
    details: {
      channels:
        'A single, clearly named place: a forum category, a tag on the mailing list, a channel in the group chat, or a label in the project’s issue tracker. Each proposal gets its own thread with a consistent title, such as "[Proposal] Buy a second printer".',
      rhythm:
        'Each proposal stays open for a set window, commonly 7 days, or 14 for bigger changes, with the closing date stated in the first post. The proposer answers questions within two days, and the outcome is posted in the same thread when the window closes.',
      norms:
        'A proposal states the problem, the suggested change, what it costs and who will do the work. Replies stay on the proposal, and side topics get threads of their own. Objections explain what harm the proposal would do and suggest a fix where possible, and the proposer edits the first post so the current version is always at the top.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['lazy-consensus', 'discussion-forum', 'decision-log', 'consent'],
    furtherReading: [],
  },
  {
    slug: 'public-minutes',
    group: 'communication',
    name: 'Public minutes',
    summary: 'Notes of meetings and decisions are published where every member can read them.',
    details: {
      channels:
        'A shared folder, wiki page or forum category that holds minutes in date order, linked from the group’s main page and announced in the announcement channel whenever new ones are added.',
      rhythm:
        'Draft minutes go out within 3 days of a meeting, those present have 4 days to correct them, and the final version is published within 7 days. Past minutes stay available permanently.',
      norms:
        'Minutes record who attended, what was decided and the main reasons, and who will do what by when; they are not a word-for-word transcript. Sensitive personal matters, such as someone’s health or a conduct case, appear only as "a confidential matter was discussed", and anyone can ask for a remark attributed to them to be corrected.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['secretary', 'decision-log', 'regular-meetings', 'transparency'],
    furtherReading: [{ title: 'Minutes', url: 'https://en.wikipedia.org/wiki/Minutes' }],
  },
  {
    slug: 'announcement-channel',
    group: 'communication',
    name: 'Announcement channel',
    summary:
      'A low-traffic channel for important news and decisions, so members don’t have to read everything to stay informed.',
    details: {
      channels:
        'A one-way channel that only a few people can post to: an announce-only email list, a broadcast channel in the chat tool, or a locked forum category. Discussion of an announcement happens elsewhere, linked from the post.',
      rhythm:
        'No more than one or two posts a week, so that members can afford to read every one; urgent notices are the only exception. Anything that needs a response carries a clear deadline at least 7 days away.',
      norms:
        'Posts are short, open with what the reader needs to know or do, and link to the full discussion. Only decisions, deadlines, events and urgent safety notices belong here, never opinions or ongoing debates. Two named people hold posting rights, and any member can ask them to post something.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['weekly-digest', 'email-list', 'group-chat'],
    furtherReading: [],
  },
  {
    slug: 'transparency-of-finances',
    group: 'communication',
    name: 'Transparency of finances',
    summary:
      'The group’s income, spending and balances are shared openly with members on a regular schedule, in plain language anyone can follow.',
    details: {
      channels:
        'A simple ledger or spreadsheet of income and spending that every member can view, plus a summary posted in the announcement channel and presented at a meeting. Groups that use a platform with public transaction lists can link to it directly.',
      rhythm:
        'The treasurer updates the ledger at least monthly, posts a one-page summary every quarter, and presents full accounts once a year. Questions about the money are answered within 14 days.',
      norms:
        'Summaries say in plain words what came in, what went out, what is left and what is already committed. Every payment above a set amount, such as 100 in the local currency, is listed with its purpose and who approved it, while individual members’ dues and hardship waivers stay private. Any member may ask to see the receipts.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'nonprofit',
        'mutual-aid',
        'activist-collective',
        'neighbourhood-group',
        'open-source',
      ],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['treasurer', 'annual-report', 'transparency', 'dues'],
    furtherReading: [],
  },
  {
    slug: 'email-list',
    group: 'communication',
    name: 'Email list',
    summary:
      'A mailing list that reaches every member in their inbox, used for discussion that deserves thought, needs to be searchable later, and should be kept in an archive.',
    details: {
      channels:
        'One main list for all members on a service that keeps an archive, public or members-only, with optional topic lists for working groups. Each member chooses whether to receive every message or a daily digest.',
      rhythm:
        'Replies are expected within days, not minutes: a question asked on Monday can be answered by Thursday. Anything decided on the list leaves at least 72 hours for objections, so people who read once or twice a week are not left out.',
      norms:
        'Each message has a clear subject line and sticks to one topic; a new topic gets a new subject. Reply to the list rather than privately when others would benefit, quote only what you are answering, and keep messages short enough to read on a phone. When a debate heats up, each person posts at most twice a day in that thread.',
    },
    facets: {
      organisationKinds: ['open-source', 'nonprofit', 'cooperative', 'neighbourhood-group', 'activist-collective'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['announcement-channel', 'weekly-digest', 'discussion-forum'],
    furtherReading: [{ title: 'Mailing list', url: 'https://en.wikipedia.org/wiki/Mailing_list' }],
  },
  {
    slug: 'group-chat',
    group: 'communication',
    name: 'Group chat',
    summary:
      'A real-time chat space, such as Signal, Matrix, Slack or Discord, for quick coordination, questions and everyday social contact between members.',
    details: {
      channels:
        'One chat workspace or group with a small number of named channels, for example general, help, events and one per working group. A pinned message in each channel says what it is for.',
      rhythm:
        'Chat is for things that can wait a few hours; nobody is expected to reply outside their own waking hours or to read the whole backlog. Anything that truly needs someone’s attention mentions them by name, and anything that needs a decision moves to the proposals thread or a meeting.',
      norms:
        'Stay on the channel’s topic and use threads for side conversations. Decisions are not made in chat, because many members will never see them; if something is agreed, someone writes it up in the proper place. Short messages read colder than they are meant, so be generous about tone, and take personal matters to direct messages.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['quiet-hours', 'async-proposals-thread', 'moderator'],
    furtherReading: [],
  },
  {
    slug: 'discussion-forum',
    group: 'communication',
    name: 'Discussion forum',
    summary:
      'A web forum, such as Discourse, where conversations are sorted into categories and threads that anyone can read, search and join at their own pace.',
    details: {
      channels:
        'A forum with a handful of categories, for instance Announcements, Proposals, Help, Working groups and Social, with tags for finer sorting. Chat messages, minutes and newsletters link to forum threads, so each conversation has one home.',
      rhythm:
        'Threads stay open for weeks, replies are expected within a week, and moderators close threads that have been quiet for 60 days. A weekly summary of the most active threads helps people who only drop in occasionally.',
      norms:
        'Search before starting a thread, give it a title that says what it is about, and answer the point rather than the person. Moderators may move, merge or split threads to keep things tidy, and say when they do. Long disagreements are summarised in the first post, so latecomers do not have to read 200 replies.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'cooperative', 'nonprofit'],
      sizeBands: ['101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['async-proposals-thread', 'moderator', 'weekly-digest', 'email-list'],
    furtherReading: [{ title: 'Internet forum', url: 'https://en.wikipedia.org/wiki/Internet_forum' }],
  },
  {
    slug: 'video-calls',
    group: 'communication',
    name: 'Video calls',
    summary:
      'Scheduled video meetings that let members who are spread out meet face to face, with habits that keep calls fair for people on weak connections or in other time zones.',
    details: {
      channels:
        'A standing video link on a service members can use without paying or making an account, shared in the calendar invitation, with a phone dial-in or audio-only option for those who need it. The agenda and notes sit in a shared document linked from the invitation.',
      rhythm:
        'Calls last an hour at most, since attention fades faster on a screen than in a room. Groups spread across time zones rotate the meeting time between two or three slots, so the same people are not always meeting at midnight.',
      norms:
        'Cameras are welcome but optional. People mute when they are not speaking and use the raise-hand button or the chat to join the queue, which the facilitator works through in order. Calls are recorded only if everyone agrees, recordings are deleted after 30 days, and the written notes are the official record.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'nonprofit', 'workplace', 'activist-collective'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: ['regional', 'global'],
    },
    related: ['regular-meetings', 'public-minutes', 'facilitator', 'translation-and-accessibility'],
    furtherReading: [],
  },
  {
    slug: 'in-person-assemblies',
    group: 'communication',
    name: 'In-person assemblies',
    summary:
      'Members gather in person for a general assembly a few times a year to make major decisions, renew relationships and welcome newcomers.',
    details: {
      channels:
        'A physical meeting in an accessible venue, step-free and with a quiet room, plus a way to join remotely for those who cannot travel. The notice, agenda and any proposals for decision go out through the announcement channel, and on paper to members who are not online.',
      rhythm:
        'Usually twice a year, with the annual general assembly fixed in the calendar well in advance. Notice goes out at least 21 days ahead, proposals are due 14 days ahead, and the assembly runs for half a day with breaks and food.',
      norms:
        'A facilitator and a timekeeper are agreed beforehand, and the speaking order favours people who have not yet spoken. Time is kept for getting to know each other, not only for business, and childcare or travel help is offered so that carers and people on low incomes can come. Decisions are circulated in writing within a week.',
    },
    facets: {
      organisationKinds: ['cooperative', 'neighbourhood-group', 'mutual-aid', 'activist-collective', 'nonprofit'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['local', 'regional'],
    },
    related: ['regular-meetings', 'quorum', 'public-minutes', 'inclusion'],
    furtherReading: [],
  },
  {
    slug: 'weekly-digest',
    group: 'communication',
    name: 'Weekly digest',
    summary:
      'One short round-up each week of news, open proposals, deadlines and decisions, so members who read nothing else still know what is going on.',
    details: {
      channels:
        'An email or a pinned post in the announcement channel, put together from a shared document that working groups and role-holders add to during the week.',
      rhythm:
        'Sent at the same time every week, for example Friday morning, with contributions closing the evening before. A rotating editor assembles it, which takes about 30 minutes.',
      norms:
        'It should take three minutes to read: decisions made, proposals open with their closing dates, events, and one line per active working group, each linking to the full thread. Nothing that needs a response within 48 hours appears for the first time in the digest; that gets its own announcement.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['announcement-channel', 'working-group-updates', 'rotation', 'decision-log'],
    furtherReading: [],
  },
  {
    slug: 'office-hours',
    group: 'communication',
    name: 'Office hours',
    summary:
      'Regular drop-in times when a role-holder or team is available, by call or in person, for anyone to ask questions, raise concerns or get help.',
    details: {
      channels:
        'A standing video room or a physical spot, such as a table at the community centre or a corner of the workshop, open at posted times, with the option to book a private slot for sensitive matters.',
      rhythm:
        'One hour, weekly or fortnightly, alternating between daytime and evening so that different people can come. If no one turns up, the host uses the time for their own work, but the slot is never quietly dropped.',
      norms:
        'No question is too basic, and no one has to give a reason for coming. The host listens first, follows up within a week on anything they could not answer, and notes only the topics raised, not who raised them, unless asked to. Office hours add to the written channels where decisions are made; they do not replace them.',
    },
    facets: {
      organisationKinds: ['open-source', 'nonprofit', 'cooperative', 'online-community', 'workplace'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['steward', 'board-member', 'regular-meetings'],
    furtherReading: [],
  },
  {
    slug: 'open-agendas',
    group: 'communication',
    name: 'Open agendas',
    summary:
      'Meeting agendas are drafted in a shared place that any member can add to, so what gets discussed is not decided by the organisers alone.',
    details: {
      channels:
        'A shared document or forum thread for each meeting, opened as soon as the previous meeting ends and linked from the calendar invitation.',
      rhythm:
        'Items can be added until 48 hours before the meeting; the facilitator then puts them in order and posts the final agenda 24 hours ahead. Late items are taken at the end if there is time, or go to the next meeting.',
      norms:
        'Each item says who is bringing it, how long it needs, and whether it is for information, discussion or decision. Items for decision link to a written proposal so people can read it beforehand. Items not reached move to the top of the next agenda rather than being dropped.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['regular-meetings', 'facilitator', 'public-minutes', 'transparency'],
    furtherReading: [],
  },
  {
    slug: 'decision-log',
    group: 'communication',
    name: 'Decision log',
    summary:
      'One running list of every decision the group has made, with the date, the method used and a link to the discussion, so anyone can find out what was agreed and why.',
    details: {
      channels:
        'A table on the wiki, a spreadsheet, or a file in the project’s repository, with one entry per decision, linked from the group’s main page and from this rule.',
      rhythm:
        'Each decision is added within 3 days by whoever facilitated or proposed it. Once a year the log is reviewed to mark decisions that have expired, been replaced or need revisiting.',
      norms:
        'Entries are one or two sentences, written so that someone who missed the discussion understands them, with a link to the minutes or thread. Past entries are never rewritten: when a decision changes, a new entry records the change and the old one is marked as replaced.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['public-minutes', 'secretary', 'async-proposals-thread', 'annual-review'],
    furtherReading: [],
  },
  {
    slug: 'working-group-updates',
    group: 'communication',
    name: 'Working group updates',
    summary:
      'Each working group or team posts a short, regular update on what it has done, what comes next and where it needs help, so others can follow delegated work without attending every meeting.',
    details: {
      channels:
        'A dedicated thread or channel per working group, or a section of the weekly digest, always using the same three headings: done, next, help wanted.',
      rhythm:
        'Every two weeks, or monthly for slower groups, on a day agreed in advance; a group with nothing to report says so in one line. Questions about an update are answered by the working group within a week.',
      norms:
        'Updates are five to ten lines and name any decisions taken under the group’s delegated authority, so others can raise concerns in time. Help-wanted items are specific, for example "two people for 3 hours on Saturday to sort donations", which makes it easy for newcomers to step in.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['delegation', 'weekly-digest', 'steward'],
    furtherReading: [],
  },
  {
    slug: 'quiet-hours',
    group: 'communication',
    name: 'Quiet hours',
    summary:
      'Agreed times when nobody is expected to read or answer group messages and non-urgent messages are held back, so volunteering does not eat into rest.',
    details: {
      channels:
        'Applies to every group channel, above all chat and direct messages. Most chat tools can schedule messages or set do-not-disturb, and the group agrees one reference time zone.',
      rhythm:
        'For example, 8pm to 8am on weekdays and all weekend, with members elsewhere applying the same hours in their own time zone. Nothing sent during quiet hours needs an answer before the next working day.',
      norms:
        'Schedule non-urgent messages to arrive outside quiet hours, or write them expecting them to be read later. Truly urgent matters, such as a safety issue or a deadline that cannot move, go to a separate channel or phone number watched by a small on-call rota. Nobody is criticised for being silent during quiet hours.',
    },
    facets: {
      organisationKinds: ['workplace', 'cooperative', 'nonprofit', 'open-source', 'activist-collective', 'mutual-aid'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: [],
      scales: [],
    },
    related: ['group-chat', 'sustainability', 'care'],
    furtherReading: [],
  },
  {
    slug: 'translation-and-accessibility',
    group: 'communication',
    name: 'Translation and accessibility',
    summary:
      'Commitments that let members take part whatever their language, disability or access to technology: translated key documents, captions, readable formats and more than one way to join in.',
    details: {
      channels:
        'Applies across all channels: key documents and announcements come in the group’s main languages, meetings have captions or interpretation on request, and every important notice works with a screen reader and is available on paper for those offline.',
      rhythm:
        'Access needs are asked about when someone joins and before each in-person event, allowing at least 7 days to arrange interpretation or adjustments. Translations of announcements follow within 3 days, and the rule and code of conduct are translated whenever they change.',
      norms:
        'Write in plain language with short sentences, describe images, and avoid jargon and in-jokes. In meetings, people say their name before speaking and talk one at a time, slowly enough for interpreters. Anyone can ask for something to be rephrased at any time, and the cost of access is budgeted as a core expense, not an extra.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['inclusion', 'in-person-assemblies', 'video-calls'],
    furtherReading: [
      {
        title: 'Web Content Accessibility Guidelines (WCAG)',
        url: 'https://www.w3.org/WAI/standards-guidelines/wcag/',
        note: 'The W3C standard for accessible web content, useful for websites and shared documents.',
      },
    ],
  },
  {
    slug: 'issue-tracker',
    group: 'communication',
    name: 'Issue tracker',
    summary:
      'Work, bugs, requests and questions are tracked as public issues, each with its own discussion, so anyone can see what is being done, by whom and why.',
    details: {
      channels:
        'An issue tracker, such as the one built into the project’s code host or a shared task board, with labels for type, priority and status and a template for new issues. Discussion of a specific piece of work happens on its issue, not in chat.',
      rhythm:
        'A rotating triager looks at new issues within 7 days, labelling them, asking questions or closing duplicates with a link. Issues with no activity for 90 days get a reminder and are closed 30 days later unless someone picks them up.',
      norms:
        'One issue per problem, with a clear title, the context or steps to reproduce, and what a good outcome would look like. People say when they take an issue and unassign themselves if they stop, so no work is silently claimed. An issue is never closed without a reason.',
    },
    facets: {
      organisationKinds: ['open-source', 'online-community', 'workplace'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['async-proposals-thread', 'decision-log', 'steward'],
    furtherReading: [
      {
        title: 'Producing Open Source Software',
        url: 'https://producingoss.com/',
        note: 'Book by Karl Fogel, free online; covers bug trackers and project communication.',
      },
    ],
  },
  {
    slug: 'phone-tree',
    group: 'communication',
    name: 'Phone tree',
    summary:
      'A pre-arranged calling chain in which each person phones or texts a few others, so urgent news reaches every member quickly, including those who are not online.',
    details: {
      channels:
        'A list, printed and shared, in which each coordinator is responsible for calling three to five named members, who may in turn call others. It uses ordinary calls and text messages rather than apps, so it works on any phone.',
      rhythm:
        'Used only for urgent matters, such as an eviction defence, a cancelled event or a safety alert, and the whole tree should be reached within two hours. The list is checked every three months and tested with a practice run once a year.',
      norms:
        'Messages are short and scripted so that everyone hears the same thing: what is happening, what to do, and whom to contact. If someone cannot be reached after two tries, the caller tells the coordinator rather than skipping them. Phone numbers are shared only with the people who need them to make calls.',
    },
    facets: {
      organisationKinds: ['mutual-aid', 'neighbourhood-group', 'activist-collective', 'cooperative'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: ['local'],
    },
    related: ['announcement-channel', 'translation-and-accessibility', 'care'],
    furtherReading: [],
  },
  {
    slug: 'notice-board',
    group: 'communication',
    name: 'Notice board',
    summary:
      'A physical board in a shared space where meeting notices, decisions, rotas and contacts are posted, so information reaches people who pass by rather than log on.',
    details: {
      channels:
        'A board somewhere members go anyway, such as the building entrance, the garden shed or the shop counter, with fixed sections for upcoming meetings, recent decisions, rotas and whom to contact.',
      rhythm:
        'A named person checks it weekly and takes down anything out of date. New notices go up at least 7 days before any event or deadline they mention.',
      norms:
        'Notices are dated, written large enough to read from a step back, and carry a contact name. Anything posted online that affects people locally also goes on the board, and the other way round. No personal details beyond a contact name are ever pinned up.',
    },
    facets: {
      organisationKinds: ['neighbourhood-group', 'cooperative', 'mutual-aid', 'workplace'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: [],
      scales: ['local'],
    },
    related: ['announcement-channel', 'phone-tree', 'steward'],
    furtherReading: [],
  },
  {
    slug: 'annual-report',
    group: 'communication',
    name: 'Annual report',
    summary:
      'Once a year the group publishes a short report on what it did, spent and decided, and what it plans next, for members and anyone who supports it.',
    details: {
      channels:
        'A document of a few pages, published on the website, sent through the announcement channel, and presented and discussed at the annual meeting. Printed copies are available for members who prefer paper.',
      rhythm:
        'Written in the month after the group’s year ends and circulated at least 14 days before the annual meeting. Members can send questions in advance, and answers to any not reached at the meeting are published within a month.',
      norms:
        'The report is honest about what did not work as well as what did, gives the finances in plain figures, and lists the main decisions with links to the decision log. It names those who held roles during the year and thanks volunteers, but it does not single out individuals for criticism.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'mutual-aid', 'neighbourhood-group', 'open-source'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['established'],
      scales: [],
    },
    related: ['transparency-of-finances', 'decision-log', 'annual-review', 'accountability'],
    furtherReading: [{ title: 'Annual report', url: 'https://en.wikipedia.org/wiki/Annual_report' }],
  },
]
