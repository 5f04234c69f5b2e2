/**
 * Seed content for the methods library: membership methods (who can join, how, what members commit
 * to, and how they leave). The first six slugs are the membership modules of the catalogue
 * (core/schema/modules.ts) and keep their meaning.
 */
import type { MethodData } from '@communityrule/core/schema/method-fields'

export const membershipMethods: MethodData<'membership'>[] = [
  {
    slug: 'open-membership',
    group: 'membership',
    name: 'Open membership',
    summary:
      'Anyone who shares the group’s purpose and agrees to its code of conduct can join, with no vote, fee or waiting list. The door stays open by default.',
    details: {
      eligibility:
        'Anyone who shares our purpose and agrees to follow our code of conduct. We do not ask for references, fees or a particular background, and we do not vote on newcomers.',
      joining:
        'Add your name to the member list (the sign-up form, the chat, or the sheet at a meeting) and confirm that you have read the code of conduct. You are a member from that moment; someone from the group says hello within a week and points you to where things happen.',
      expectations:
        'Follow the code of conduct, keep your contact details up to date so notices reach you, and take part as much or as little as suits you. Because anyone can join, the right to vote on rule changes starts 30 days after joining, so a sudden wave of sign-ups cannot swing a decision.',
      leaving:
        'Leave at any time by saying so or taking yourself off the list; no reason needed. Open does not mean unconditional: someone who seriously or repeatedly breaks the code of conduct can be removed through our removal process, and the group decides whether and when they may come back.',
    },
    facets: {
      organisationKinds: [
        'open-source',
        'online-community',
        'mutual-aid',
        'neighbourhood-group',
        'activist-collective',
      ],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['code-of-conduct', 'leaving-and-removal', 'orientation', 'member-in-good-standing'],
    furtherReading: [
      {
        title: 'Rochdale Principles',
        url: 'https://en.wikipedia.org/wiki/Rochdale_Principles',
        note: 'The co-operative movement’s first principle is voluntary and open membership.',
      },
    ],
  },
  {
    slug: 'application-and-approval',
    group: 'membership',
    name: 'Application and approval',
    summary:
      'People apply to join, and existing members or a designated role approve the application against criteria the group has published in advance.',
    details: {
      eligibility:
        'Anyone who meets the criteria we publish, for example: lives or works in the area, shares our aims, and can take on the expected commitment. The criteria are written down in advance so nobody is turned away for reasons they could not have known.',
      joining:
        'Fill in a short application saying who you are and why you want to join. The membership team (or the whole group, while we are small) reviews it within 14 days, may invite you for an informal conversation, and approves it unless there is a reason tied to the published criteria. Anyone turned down gets the reason in writing and may ask for a second look by members who were not involved.',
      expectations:
        'Honour what the application asked you to commit to, such as attending meetings, taking on work or paying dues, and keep to our code of conduct. Those who approve commit to answering every application on time, recording each decision, and noticing if the people they approve all look alike.',
      leaving:
        'Members may resign at any time in writing. Removing a member follows the leaving-and-removal process, never a quiet re-vote on their original application. Someone who was turned down may apply again after six months.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'activist-collective'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['sponsorship-by-a-member', 'probation-period', 'appeals', 'orientation'],
    furtherReading: [],
  },
  {
    slug: 'sponsorship-by-a-member',
    group: 'membership',
    name: 'Sponsorship by a member',
    summary:
      'A newcomer joins with the backing of an existing member, who vouches for them, welcomes them and helps them find their way during their first months.',
    details: {
      eligibility:
        'Anyone an existing member in good standing is willing to vouch for. A sponsor should know the person well enough to say they share our aims, and may sponsor at most two people a year, so that nobody can fill the room with their friends.',
      joining:
        'The sponsor introduces the newcomer to the group in writing, saying how they know them and why they think they belong. If no member raises a concern within 7 days, the newcomer is a member. A concern leads to a short conversation between the sponsor, the newcomer and whoever raised it, not to a public debate.',
      expectations:
        'The newcomer follows our code of conduct and takes part like any other member. The sponsor checks in with them at least monthly for their first three months, answers questions and introduces them to people: sponsoring is a commitment of time, not a signature.',
      leaving:
        'A sponsored member leaves or is removed like anyone else, and the sponsor is not punished for their behaviour; but if people someone sponsored repeatedly cause harm, the group may pause that member’s right to sponsor. Sponsorship keeps trust high but tends to recruit people like those already inside, so we review each year who is not getting in.',
    },
    facets: {
      organisationKinds: ['cooperative', 'activist-collective', 'mutual-aid', 'online-community'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['buddy-system', 'invitation-only', 'application-and-approval', 'inclusion'],
    furtherReading: [],
  },
  {
    slug: 'dues',
    group: 'membership',
    name: 'Dues',
    summary:
      'Members pay a regular fee to support the group, set openly by the members, with a private, no-questions-asked way to reduce or waive it.',
    details: {
      eligibility:
        'Anyone who meets our other membership conditions. Paying dues is part of membership, but being unable to pay never keeps someone out: a reduced or waived rate is there for anyone who asks.',
      joining:
        'Pay the first period’s dues (the amount is set each year at the annual meeting, for example a small monthly sum or a yearly one with a discount) or ask the treasurer for a reduction or waiver. Waiver requests stay between you and the treasurer and need no explanation or evidence.',
      expectations:
        'Pay on time, or tell the treasurer if you need to pause or reduce for a while. In return, the treasurer reports at least twice a year what dues raised and how the money was spent, so members can see it is used as agreed.',
      leaving:
        'Say you are leaving and stop paying; dues already paid are not refunded unless the group decides otherwise. A member three months behind gets a friendly reminder and then a personal conversation; membership lapses after six months unpaid with no waiver, and is restored by paying the current period.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'neighbourhood-group', 'activist-collective'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['sliding-scale-dues', 'treasurer', 'transparency-of-finances', 'lapsed-membership'],
    furtherReading: [],
  },
  {
    slug: 'probation-period',
    group: 'membership',
    name: 'Probation period',
    summary:
      'New members spend a set first period, typically three months, taking part in the work while a few rights such as voting on the rule or blocking start only once it ends.',
    details: {
      eligibility:
        'Everyone accepted through our usual joining route. Probation is not a second test of who someone is; it is time for both the newcomer and the group to see whether the fit is right.',
      joining:
        'Probation starts the day you join and lasts three months or six sessions, whichever takes longer. During it you can attend, speak, propose and do the work, but not yet vote on changes to this rule, block a proposal or hold a role that handles money. At the end a member checks in with you and, unless a concern has been raised and talked through with you, you become a full member automatically.',
      expectations:
        'Come to at least half of the meetings or sessions during probation and try some of the work. Existing members commit to welcoming you, explaining how things work and raising any concern with you directly and early, never saving it up for the end.',
      leaving:
        'A probationer can leave at any time. If a serious concern is raised, the group may extend probation once, by up to three months, giving the reasons in writing, or end membership through the usual removal process. Probation must never become a way of keeping people at the edge indefinitely.',
    },
    facets: {
      organisationKinds: ['cooperative', 'workplace', 'activist-collective', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['orientation', 'buddy-system', 'member-in-good-standing', 'application-and-approval'],
    furtherReading: [],
  },
  {
    slug: 'leaving-and-removal',
    group: 'membership',
    name: 'Leaving and removal',
    summary:
      'Members can leave freely at any time, and there is a fair, documented process for removing someone when it is truly necessary, with a right to be heard and to appeal.',
    details: {
      eligibility:
        'This applies to every member, founders and role-holders included. Nobody needs permission to leave, and nobody is beyond the reach of the removal process.',
      joining:
        'Joining is unchanged by this method, but every new member is shown it when they join, so they know from day one how to leave and what could lead to removal.',
      expectations:
        'Members who leave hand back keys, passwords and group property within two weeks and pass on any unfinished work. A member facing removal is told the concern in writing, has at least 14 days to respond, and may bring a supporter to any meeting about it.',
      leaving:
        'To leave, tell the secretary or post in the members’ channel; access is removed and your name comes off the list. Removal is a last resort, after conversation and mediation have been tried unless someone’s safety is at risk. It needs two-thirds of members present (the person concerned does not vote), the reasons are recorded, and the person may appeal once to members who were not involved.',
    },
    facets: {
      organisationKinds: [],
      sizeBands: ['1-5', '6-20', '21-100', '101-1000'],
      maturities: [],
      scales: [],
    },
    related: ['code-of-conduct', 'mediation', 'appeals', 'cooling-off-return'],
    furtherReading: [],
  },
  {
    slug: 'invitation-only',
    group: 'membership',
    name: 'Invitation only',
    summary:
      'New members join only when invited by existing members. Growth stays deliberate and trust stays high, at the cost of being harder for outsiders to find a way in.',
    details: {
      eligibility:
        'People who have been invited by a member. We say openly that we are invitation-only and how invitations happen, so that nobody mistakes a closed door for a secret.',
      joining:
        'Any member may suggest inviting someone in the members’ channel, with a sentence on why. If no one objects within 5 days, the member sends the invitation; an objection leads to a conversation and, if that does not settle it, a decision at the next meeting. The invited person joins by accepting and agreeing to our code of conduct.',
      expectations:
        'Members invite with care and think about who is missing from the group, not only who they already know. Once a year we look at who has been invited and ask whether the group is becoming narrower than we want it to be.',
      leaving:
        'Invited members leave and are removed like any other member; an invitation is not a lifetime guarantee. The member who made the invitation is not held responsible for the person they invited.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'workplace', 'cooperative', 'online-community'],
      sizeBands: ['1-5', '6-20', '21-100'],
      maturities: ['forming', 'growing'],
      scales: [],
    },
    related: ['sponsorship-by-a-member', 'membership-cap-and-waitlist', 'inclusion', 'application-and-approval'],
    furtherReading: [],
  },
  {
    slug: 'contribution-based-membership',
    group: 'membership',
    name: 'Contribution-based membership',
    summary:
      'People become members by doing the work: after a set amount of contribution, such as accepted patches or volunteer shifts, they are recognised as members with a say in decisions.',
    details: {
      eligibility:
        'Anyone who has contributed to the group’s work. In an open-source project, for example, five accepted contributions of any kind (code, documentation, translation, triage, support) over at least two months; in a volunteer group, eight shifts in a season. Contribution is counted broadly so that behind-the-scenes work counts too.',
      joining:
        'Contributors who reach the threshold can ask to be recognised, or any member can nominate them; a steward checks the record and adds them to the member list within 14 days. No vote is needed when the threshold is clearly met.',
      expectations:
        'Keep contributing at whatever pace suits you, help newer contributors find their feet, and follow the code of conduct. Counting contributions favours people with free time, so members may also nominate someone whose work does not show up in the counts, and the stewards decide openly.',
      leaving:
        'Members who have contributed nothing for 12 months move to emeritus status: their past work is still credited and they can return simply by contributing again, but they no longer count towards quorum. Removal for conduct follows the usual process, whatever someone’s contribution record.',
    },
    facets: {
      organisationKinds: ['open-source', 'mutual-aid', 'online-community', 'nonprofit'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['alumni', 'lapsed-membership', 'work-shares', 'steward'],
    furtherReading: [
      {
        title: 'Producing Open Source Software, by Karl Fogel',
        url: 'https://producingoss.com/',
        note: 'Covers how projects recognise contributors and grant commit access.',
      },
    ],
  },
  {
    slug: 'orientation',
    group: 'membership',
    name: 'Orientation',
    summary:
      'Every new member goes through a short, structured welcome, a session or a guided reading, covering the group’s purpose, its rule and how things actually get done.',
    details: {
      eligibility:
        'Orientation does not change who may join; it applies to everyone accepted through our usual route. It is offered in more than one format (in person, on a call, or as a written pack with a follow-up chat) so that it does not become a barrier in itself.',
      joining:
        'Within a month of joining, new members attend a 60 to 90 minute orientation, run monthly or whenever three or more people are waiting. It covers our purpose, this rule, how decisions are made, where conversations happen, what help is needed and who to ask. Voting rights start after orientation, or after 6 weeks if no session was offered in time.',
      expectations:
        'New members come with their questions and, if they can, read the rule beforehand. Existing members take turns running orientation, and whoever changes the rule also updates the orientation materials.',
      leaving:
        'Leaving is unaffected. We ask people who leave within their first six months whether orientation prepared them well, and use what they say to improve it.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'activist-collective', 'workplace', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['buddy-system', 'probation-period', 'open-membership', 'regular-meetings'],
    furtherReading: [],
  },
  {
    slug: 'membership-tiers',
    group: 'membership',
    name: 'Membership tiers',
    summary:
      'Members choose between a few clearly defined levels, such as supporter and active member, each with its own commitments and rights, so people can be involved as deeply as suits them.',
    details: {
      eligibility:
        'Anyone who meets the conditions of the tier they choose. Typically supporters are anyone who backs our aims; active members also commit to regular work; and only active members vote on this rule and hold roles.',
      joining:
        'Everyone starts by signing up as a supporter with a name and contact details. To become an active member, tell the membership steward and meet the active commitment (for example four hours a month) for two months; the change is recorded and takes effect straight away.',
      expectations:
        'Each tier’s commitments are written down in a few lines. Members move up or down whenever their lives change, without having to explain, and every tier is treated with respect: supporters are not second-class, they have chosen a lighter commitment.',
      leaving:
        'Members can step down a tier or leave entirely at any time. Active members who miss their commitment three months running move to supporter after a conversation, rather than being removed. Tiers add bookkeeping and can harden into a pecking order, so we review them every year.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'activist-collective', 'neighbourhood-group', 'mutual-aid'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['supporters-and-friends', 'contribution-based-membership', 'member-in-good-standing', 'dues'],
    furtherReading: [],
  },
  {
    slug: 'sliding-scale-dues',
    group: 'membership',
    name: 'Sliding-scale dues',
    summary:
      'Dues follow a published scale linked to means, and each member chooses where they sit without having to prove anything, so the group is funded fairly and nobody is priced out.',
    details: {
      eligibility: 'Anyone who meets our membership conditions, on any income. The bottom of the scale is zero.',
      joining:
        'When joining, pick a level on the published scale (for example 0, 2, 5, 10 or 20 a month), using a short guide such as “if you own your home or earn above the local median, please consider 10 or more”. Nobody checks; your choice is known only to the treasurer.',
      expectations:
        'Pay honestly at the level you can afford, and revisit it once a year or when your circumstances change. The treasurer publishes, without names, how many members pay at each level and whether the total covers our costs, so the members can adjust the scale if it does not.',
      leaving:
        'Leave at any time; stopping payment is enough notice. A member who falls behind is first asked whether they would like to move down the scale, and nobody loses membership for being unable to pay.',
    },
    facets: {
      organisationKinds: ['cooperative', 'mutual-aid', 'activist-collective', 'neighbourhood-group', 'nonprofit'],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['dues', 'treasurer', 'transparency-of-finances', 'inclusion'],
    furtherReading: [
      {
        title: 'Sliding scale fees',
        url: 'https://en.wikipedia.org/wiki/Sliding_scale_fees',
      },
    ],
  },
  {
    slug: 'work-shares',
    group: 'membership',
    name: 'Work shares',
    summary:
      'Members contribute a set amount of labour, such as three hours every four weeks, as a condition of membership, in return for a share of what the group provides.',
    details: {
      eligibility:
        'Anyone able to take on the regular work commitment, with adapted tasks for members whose health, caring duties or disability make the standard shifts hard. The work is what gives access to the shared benefits, such as food, tools or space.',
      joining:
        'Sign up for a first shift, go through a short induction on safety and how the rota works, then choose a regular slot. You are a member once you have done that first shift and your name is on the rota.',
      expectations:
        'Do your agreed hours (for example three hours every four weeks), swap through the rota if you cannot make a shift, and make up any missed shift within a month. Shift coordinators keep the rota visible so everyone can see the work is shared fairly.',
      leaving:
        'Give at least two weeks’ notice so your slot can be filled. A member who misses two shifts without making them up has their benefits paused after a conversation, and restored once they catch up; leave for illness, a new baby or similar is granted on request.',
    },
    facets: {
      organisationKinds: ['cooperative', 'mutual-aid', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: ['local'],
    },
    related: ['contribution-based-membership', 'member-in-good-standing', 'rotation', 'care'],
    furtherReading: [
      {
        title: 'Park Slope Food Coop',
        url: 'https://en.wikipedia.org/wiki/Park_Slope_Food_Coop',
        note: 'A long-running food co-op where every member works a regular shift.',
      },
    ],
  },
  {
    slug: 'lapsed-membership',
    group: 'membership',
    name: 'Lapsed membership',
    summary:
      'Membership quietly lapses when someone stops renewing or taking part for a set time. The member list stays accurate without anyone being expelled, and coming back is easy.',
    details: {
      eligibility:
        'Applies to every member. It is about inactivity, not behaviour: lapsing is never used as a back door for getting rid of someone the group disagrees with.',
      joining:
        'A lapsed member rejoins by confirming they want to be a member again (and paying current dues, if we have them). No new application, sponsor or probation is needed if they lapsed within the last two years.',
      expectations:
        'Renew once a year, where a one-line reply to the renewal message is enough, or take part at least once in 12 months. The secretary sends two reminders, a month apart, before anyone lapses.',
      leaving:
        'A member who has neither renewed nor taken part for 12 months, and has not answered either reminder, moves to the lapsed list. They no longer vote or count towards quorum and lose access to member-only channels, but keep a standing invitation to return. Their details are deleted after three years unless they ask us to keep them.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'open-source', 'online-community', 'neighbourhood-group'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['annual-renewal', 'quorum', 'alumni', 'dues'],
    furtherReading: [],
  },
  {
    slug: 'alumni',
    group: 'membership',
    name: 'Alumni',
    summary:
      'Former members who left on good terms keep a recognised place as alumni: listed, invited to events and asked for advice, without votes or duties.',
    details: {
      eligibility:
        'Anyone who was a member for at least six months and left in good standing, including people who moved away, changed jobs or simply stepped back. People removed for their conduct are not alumni.',
      joining:
        'When a member leaves, we ask whether they would like to be on the alumni list; saying yes is all it takes. Alumni are named on our members’ page if they wish and receive a short news update a few times a year.',
      expectations:
        'Alumni have no duties. They are welcome at open events, may be asked to share what they know with current members, and follow the code of conduct in any shared space. They do not vote or hold roles, so decisions stay with the people who will live with them.',
      leaving:
        'Alumni can leave the list at any time. Coming back as a full member follows our normal joining route, with no probation for anyone who was a member within the last three years.',
    },
    facets: {
      organisationKinds: ['open-source', 'cooperative', 'nonprofit', 'workplace', 'activist-collective'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['established'],
      scales: [],
    },
    related: ['lapsed-membership', 'honorary-members', 'contribution-based-membership', 'leaving-and-removal'],
    furtherReading: [],
  },
  {
    slug: 'honorary-members',
    group: 'membership',
    name: 'Honorary members',
    summary:
      'The group can recognise someone whose help has been exceptional, such as a founder, a long-time ally or a host, with honorary membership, which honours them without giving them a vote.',
    details: {
      eligibility:
        'People who have given the group exceptional support over a long time, whether or not they were ever members: a retired founder, a landlord who lent us space for years, an organiser from a partner group. We keep no more than five honorary members at a time so that it stays meaningful.',
      joining:
        'Any member can nominate someone with a short written reason. Honorary membership is granted by a two-thirds vote at a general meeting and announced to the group and to the person, who may decline it.',
      expectations:
        'Honorary members have no duties, no vote, and do not count towards quorum. They are welcome at meetings and events and follow the code of conduct like everyone else; the honour recognises what they gave, and is not a claim on what we decide.',
      leaving:
        'An honorary member can give up the title at any time. The group can withdraw it by the same two-thirds vote, for example after serious harm, with the reasons recorded.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'neighbourhood-group', 'activist-collective'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['established'],
      scales: [],
    },
    related: ['alumni', 'supermajority', 'quorum'],
    furtherReading: [],
  },
  {
    slug: 'member-in-good-standing',
    group: 'membership',
    name: 'Member in good standing',
    summary:
      'Members’ rights such as voting, holding roles and sponsoring depend on being in good standing: meeting a short, written list of basic commitments, with a clear way back for anyone who slips.',
    details: {
      eligibility:
        'Every member starts in good standing. Good standing means three things: dues paid or waived, the basic participation commitment met (for example two meetings or shifts in six months), and no current suspension under the code of conduct.',
      joining:
        'New members are in good standing from the day they join, or from the end of probation if we use one. The secretary keeps the list and shares it with members before each vote, so anyone can check and correct their own entry.',
      expectations:
        'Keep up the basic commitments. Before any vote, members who are not in good standing are told privately, at least 7 days before voting closes, and can put it right by paying, asking for a waiver or agreeing a catch-up plan.',
      leaving:
        'Losing good standing is not removal: the member keeps access to conversations and can restore it at any time by meeting the commitments. Only if someone stays out of good standing for 12 months does their membership lapse, and only after a personal check-in.',
    },
    facets: {
      organisationKinds: ['cooperative', 'nonprofit', 'workplace', 'activist-collective'],
      sizeBands: ['21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['dues', 'lapsed-membership', 'quorum', 'work-shares'],
    furtherReading: [],
  },
  {
    slug: 'buddy-system',
    group: 'membership',
    name: 'Buddy system',
    summary:
      'Each new member is paired with an experienced member for their first three months: a named person to ask the questions they would rather not ask in front of everyone.',
    details: {
      eligibility:
        'Every new member, whatever route they joined by. Buddies are volunteers who have been members for at least six months.',
      joining:
        'When someone joins, the membership steward pairs them with a buddy within a week, matching on availability, language or interests where possible. The buddy gets in touch in the first few days, meets or calls within two weeks, and goes along to the newcomer’s first meeting.',
      expectations:
        'Buddies check in at least every two weeks for three months, explain the unwritten things (who to ask about what, how meetings really run) and help the newcomer find a first task. A newcomer can ask for a different buddy at any time, no reason needed.',
      leaving:
        'The pairing ends after three months, or earlier if both agree; many turn into friendships. A buddy who can no longer do it tells the steward, who finds someone else. What is said between buddies stays between them unless someone’s safety is at risk.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'mutual-aid',
        'activist-collective',
        'nonprofit',
        'neighbourhood-group',
        'workplace',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['orientation', 'sponsorship-by-a-member', 'probation-period', 'care'],
    furtherReading: [{ title: 'Mentorship', url: 'https://en.wikipedia.org/wiki/Mentorship' }],
  },
  {
    slug: 'cooling-off-return',
    group: 'membership',
    name: 'Return after cooling off',
    summary:
      'A member who left in anger or was removed can come back after a set cooling-off period, through a conversation that agrees what will be different this time.',
    details: {
      eligibility:
        'Former members who left in conflict, or were suspended or removed for behaviour that did not seriously endanger anyone. Someone removed for violence, harassment or abuse cannot return this way unless the people they harmed agree.',
      joining:
        'After the cooling-off period (three months after leaving in anger, six after removal) the person writes to the membership steward asking to return. The steward, the person and, where relevant, someone affected meet, with a facilitator if needed, and agree any conditions, such as stepping back from a particular role for a while. The return is then announced, and members have 7 days to raise serious concerns.',
      expectations:
        'The returning member keeps to what was agreed, and the group offers a genuine fresh start instead of holding the past over them. Conditions are reviewed after three months and dropped once they have been met.',
      leaving:
        'If the agreement is broken, the member can be removed again through the normal process, and any second return needs a two-thirds vote of members. Like anyone, they can also simply leave again.',
    },
    facets: {
      organisationKinds: [
        'cooperative',
        'activist-collective',
        'mutual-aid',
        'online-community',
        'neighbourhood-group',
      ],
      sizeBands: ['6-20', '21-100', '101-1000'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['leaving-and-removal', 'restorative-circle', 'mediation', 'appeals'],
    furtherReading: [],
  },
  {
    slug: 'member-share',
    group: 'membership',
    name: 'Member share',
    summary:
      'Each member buys one share in the organisation, usually a modest sum repaid on leaving, which makes them a co-owner with one vote however much else they put in.',
    details: {
      eligibility:
        'Anyone who uses the co-operative’s services or works in it and agrees with its aims, as our registered rules define. One person, one share, one vote: nobody can buy extra influence.',
      joining:
        'Apply, be accepted through our usual route, and buy one share at its fixed price, which can be paid in instalments by anyone who needs to. The share is entered in the register of members and the new member receives written confirmation.',
      expectations:
        'Use and support the co-operative, come to the annual general meeting or send apologies, and vote on the big decisions. The share is a stake, not an investment: it does not grow in value and earns nothing beyond what the members decide together.',
      leaving:
        'Give written notice; the share is repaid at face value within three months, unless the co-operative’s finances require the board to delay repayment, in which case the member is told why and when. Shares cannot be sold or passed on to someone else.',
    },
    facets: {
      organisationKinds: ['cooperative', 'workplace'],
      sizeBands: ['6-20', '21-100', '101-1000', '1000+'],
      maturities: [],
      scales: [],
    },
    related: ['dues', 'board-member', 'quorum', 'change-at-general-meeting'],
    furtherReading: [
      {
        title: 'Rochdale Principles',
        url: 'https://en.wikipedia.org/wiki/Rochdale_Principles',
        note: 'Democratic member control and members’ economic participation.',
      },
    ],
  },
  {
    slug: 'residency-based-membership',
    group: 'membership',
    name: 'Residency-based membership',
    summary:
      'Membership is open to everyone who lives, works or studies in a defined area, so the group speaks for a neighbourhood rather than for whoever happens to turn up.',
    details: {
      eligibility:
        'Anyone aged 16 or over who lives, works or studies within the boundary we publish as a map or a list of streets. People who move out can stay on until the next annual renewal.',
      joining:
        'Fill in a short form with your name and the street where you live or work; we do not ask for documents. Someone from the group confirms within two weeks and adds you to the member list and the local news channel.',
      expectations:
        'Follow the code of conduct, act in the interest of the neighbourhood as a whole, and say so when you have a personal stake in a decision, such as a planning application next door to your home.',
      leaving:
        'Leave at any time. Members who move out of the area become friends of the group, without a vote, at the next renewal, and are warmly invited to stay in touch.',
    },
    facets: {
      organisationKinds: ['neighbourhood-group', 'mutual-aid', 'activist-collective'],
      sizeBands: ['21-100', '101-1000'],
      maturities: [],
      scales: ['local'],
    },
    related: ['open-membership', 'supporters-and-friends', 'annual-renewal', 'inclusion'],
    furtherReading: [],
  },
  {
    slug: 'supporters-and-friends',
    group: 'membership',
    name: 'Supporters and friends',
    summary:
      'Alongside full members, a light “friends” category lets people back the group, hear its news and come to open events without the commitments or the vote that membership brings.',
    details: {
      eligibility:
        'Anyone who sympathises with our aims, wherever they are. Friends may be individuals or organisations.',
      joining:
        'Sign up with an email address on our website or at an event; no approval is needed. Friends receive the newsletter and invitations to open events, and can donate if they wish.',
      expectations:
        'Friends have no duties beyond our code of conduct when they join us in person or online. They do not vote or hold roles, and we never count them as members when we say how many people we speak for.',
      leaving:
        'Unsubscribe with one click at any time, and we delete your details. Friends who want a say in decisions are welcome to become full members through the usual route.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'activist-collective', 'neighbourhood-group', 'open-source', 'cooperative'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['membership-tiers', 'open-membership', 'announcement-channel'],
    furtherReading: [],
  },
  {
    slug: 'membership-cap-and-waitlist',
    group: 'membership',
    name: 'Membership cap and waiting list',
    summary:
      'The group sets a maximum number of members, for reasons of space, trust or workload, and keeps a fair, visible waiting list for when places open.',
    details: {
      eligibility:
        'Anyone who meets our usual criteria can join the waiting list. The cap itself, for example 30 members or as many as the land or building can support, is set by the members and reviewed every year.',
      joining:
        'When a place opens it goes to the next person on the list, who has 14 days to accept before it passes on. The list is kept in order of sign-up and everyone on it can see their position; any exception, such as a place set aside to widen who we include, is decided openly and recorded.',
      expectations:
        'People on the list confirm once a year that they still want a place. Members tell the group early when they plan to leave, so the next person can be contacted in good time.',
      leaving:
        'Members leave as usual and their place goes to the list. The list is never used to keep a particular person out: if someone is passed over, the reason is recorded and they are told.',
    },
    facets: {
      organisationKinds: ['cooperative', 'neighbourhood-group', 'mutual-aid', 'workplace'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['established'],
      scales: ['local'],
    },
    related: ['invitation-only', 'application-and-approval', 'inclusion', 'transparency'],
    furtherReading: [],
  },
  {
    slug: 'annual-renewal',
    group: 'membership',
    name: 'Annual renewal',
    summary:
      'Membership runs for a year at a time and members renew with a simple confirmation, which keeps the list current and gives everyone a yearly moment to recommit or step back.',
    details: {
      eligibility:
        'All members. Renewal only checks that someone still wants to be a member and still meets the basic conditions; it is not a new application.',
      joining:
        'New members join through our usual route. Their first term runs until the next renewal date (for example 1 January), and anyone who joins in the three months before that date is covered for the following year as well.',
      expectations:
        'Answer the renewal message within a month (one click or a quick reply) and update your contact details and any dues level. The secretary uses renewal to ask three short questions about how membership is going and shares what comes back.',
      leaving:
        'Not renewing is a perfectly good way to leave and needs no explanation. Members who have not replied after two reminders are marked as lapsed and can renew late at any time.',
    },
    facets: {
      organisationKinds: ['nonprofit', 'cooperative', 'neighbourhood-group', 'activist-collective'],
      sizeBands: ['21-100', '101-1000', '1000+'],
      maturities: ['growing', 'established'],
      scales: [],
    },
    related: ['lapsed-membership', 'dues', 'annual-review', 'secretary'],
    furtherReading: [],
  },
  {
    slug: 'organisational-members',
    group: 'membership',
    name: 'Organisations as members',
    summary:
      'Groups, not only individuals, can join as members, each sending a named delegate. It suits networks, coalitions and federations of local groups.',
    details: {
      eligibility:
        'Organisations and groups that share our aims and agree to our rule: local associations, co-ops, collectives, projects. Each must have its own way of making decisions, so that its delegate speaks for more than one person.',
      joining:
        'The organisation applies with a short letter agreed by its own members, naming a delegate and a deputy. Existing member organisations decide by consent at the next general meeting, and the new delegate takes their seat straight away.',
      expectations:
        'Each member organisation has one vote, cast by its delegate, and keeps its own members informed of what the network decides. Delegates carry their group’s views in and report back out, and the organisation can replace its delegate at any time by telling the secretary.',
      leaving:
        'An organisation leaves by a decision of its own members, sent in writing. It can be removed by two-thirds of the other member organisations if it no longer shares our aims, after it has been heard.',
    },
    facets: {
      organisationKinds: ['activist-collective', 'mutual-aid', 'cooperative', 'nonprofit'],
      sizeBands: ['6-20', '21-100'],
      maturities: ['growing', 'established'],
      scales: ['regional', 'global'],
    },
    related: ['ratification-by-member-groups', 'delegation', 'recall', 'consent'],
    furtherReading: [],
  },
]
