/**
 * The access matrix: every collection × operation × role × transport at `/cms-api` (Payload's REST
 * and GraphQL behind the BFF) with the exact outcome. docs/security.md mirrors this table
 * (`matrixMarkdown()` prints it); tests/e2e/access-matrix.e2e.ts runs every row against the running
 * product. Members act only through the BFF, so every member A/B cell equals the anonymous cell.
 */

export const roles = ['anonymous', 'memberA', 'memberB', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]
export type Transport = 'REST' | 'GraphQL'

/** What a cell may come out as. The first group is what rows expect; the second only ever shows a bug. */
export const outcomes = {
  allowed: 'succeeds (2xx / GraphQL data) and takes effect',
  denied: 'REST 403 / GraphQL Forbidden error; nothing changes',
  unauthorized: "REST 401 (Payload's jobs endpoints, the template preview); nothing runs or shows",
  'not-found': 'REST 404 / GraphQL NotFound: the document does not exist for this caller',
  empty: "200 with nothing in it (Payload's answer for a preference key the caller has none of)",
  'published-only': 'published templates only: the draft-only one is absent, an unpublished edit is not shown',
  drafts: 'drafts too: the draft-only template and unpublished edits',
  public: 'rules that are not hidden, without `owner`, `hidden`, `hiddenReason`, `builtAt`, `withdrawnAt`',
  all: 'hidden rules too, with `owner` (id and email), `hidden` and `hiddenReason`',
  'own-only': "the caller's own documents only",
  ignored: '2xx, but the protected fields keep their stored values',
  rejected: '4xx (validation or query error); nothing changes',
  'no-oracle': 'a 4xx, or the same answer for a matching and a non-matching value; no email in the body',
  filters: 'the filter works: the matching value finds the rule, another value does not',
  'no-route': 'no such endpoint: REST 404 / GraphQL "Cannot query field"',
  anonymous: 'treated as anonymous (`user: null`)',
  self: "answers with the caller's own account",
  'becomes-admin': 'the account is created with role `admin` whatever the body says',
  'too-large': '413 with `{error:{code,message,requestId}}` and a matching `x-request-id` header',
  'forbidden-origin': '403 `forbidden_origin` from the BFF',
  'rate-limited': '429 `rate_limited` with Retry-After from the BFF, at the 11th attempt',
  // Never expected: a cell that comes out as one of these is a bug.
  'server-error': '5xx',
  'leaks-email': 'a member or CMS user email in a non-editor response',
  oracle: 'the answer depends on a private value',
  partial: 'some but not all of the expected documents or fields',
  'bad-contract': 'right status, wrong error body or headers',
} as const
export type Outcome = keyof typeof outcomes
/** One outcome, or two acceptable ones ("rejected|ignored"). */
export type Expected = Outcome | `${Outcome}|${Outcome}`

export type Row = {
  collection: string
  operation: string
  role: Role
  transport: Transport
  expected: Expected
  /** How the operation is sent (shown in docs). */
  note?: string
}

type Cell = Expected | '—'
/** A line of the docs table: member A and member B share one column (they must equal anonymous). */
type Line = [
  collection: string,
  operation: string,
  transports: Transport[],
  anonymous: Cell,
  member: Cell,
  editor: Cell,
  admin: Cell,
  note?: string,
]
const BOTH: Transport[] = ['REST', 'GraphQL']
const REST: Transport[] = ['REST']

// prettier-ignore
const table: Line[] = [
  // collection                  operation                                           via     anonymous            member A/B           editor               admin                note
  // rule-templates (drafts/versions on): the public reads published versions only; editors write
  ['rule-templates',            'find',                                              BOTH,  'published-only',    'published-only',    'drafts',            'drafts'],
  ['rule-templates',            'find ?draft=true',                                  BOTH,  'published-only',    'published-only',    'drafts',            'drafts',            'GraphQL RuleTemplates(draft: true)'],
  ['rule-templates',            'findByID (published)',                              BOTH,  'allowed',           'allowed',           'allowed',           'allowed'],
  ['rule-templates',            'findByID (draft-only)',                             BOTH,  'not-found',         'not-found',         'allowed',           'allowed'],
  ['rule-templates',            'findByID ?draft=true (unpublished edit)',           BOTH,  'published-only',    'published-only',    'drafts',            'drafts'],
  ['rule-templates',            'create',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-templates',            'update',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-templates',            'delete',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-templates',            'preview the latest draft',                          REST,  'unauthorized',      'unauthorized',      'drafts',            'drafts',            'GET /preview/templates/<id> (the admin\'s Preview; HTML)'],
  ['rule-templates',            'versions',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed',           'REST /rule-templates/versions; GraphQL versionsRuleTemplates'],

  // rules: public reads are not hidden, carry no private fields and filter on none; the BFF creates
  ['rules',                     'find',                                              BOTH,  'public',            'public',            'all',               'all',               'GraphQL selects owner { id email } hidden builtAt'],
  ['rules',                     'findByID (visible)',                                BOTH,  'public',            'public',            'all',               'all'],
  ['rules',                     'findByID (hidden)',                                 BOTH,  'not-found',         'not-found',         'all',               'all'],
  ['rules',                     'where[owner.email][equals]',                        REST,  'no-oracle',         'no-oracle',         'filters',           'filters'],
  ['rules',                     'where owner equals <member id>',                    BOTH,  'no-oracle',         'no-oracle',         'filters',           'filters',           'GraphQL Rules(where: { owner: { equals } })'],
  ['rules',                     'where hidden equals false/true',                    BOTH,  'no-oracle',         'no-oracle',         'filters',           'filters'],
  ['rules',                     'where hiddenReason exists false/true',              BOTH,  'no-oracle',         'no-oracle',         'filters',           'filters'],
  ['rules',                     'where withdrawnAt exists false/true',               BOTH,  'no-oracle',         'no-oracle',         'filters',           'filters'],
  ['rules',                     'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF creates rules (POST /api/rules)'],
  ['rules',                     'update: hide',                                      BOTH,  'denied',            'denied',            'allowed',           'allowed',           'with a hiddenReason'],
  ['rules',                     'update: hide without a reason',                     BOTH,  'denied',            'denied',            'rejected',          'rejected'],
  ['rules',                     'update: slug, owner, publishedAt, builtAt, currentVersion, withdrawnAt', BOTH, 'denied', 'denied',      'ignored',           'ignored'],
  ['rules',                     'update: slug ".."',                                 BOTH,  'denied',            'denied',            'rejected|ignored',  'rejected|ignored'],
  ['rules',                     'update: slug "../x"',                               BOTH,  'denied',            'denied',            'rejected|ignored',  'rejected|ignored'],
  ['rules',                     'update: slug "index.html"',                         BOTH,  'denied',            'denied',            'rejected|ignored',  'rejected|ignored'],
  ['rules',                     'update: slug "a/b"',                                BOTH,  'denied',            'denied',            'rejected|ignored',  'rejected|ignored'],
  ['rules',                     'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],

  // rule-versions: written by the BFF alone (publish → version 1, amend → the next); the public reads them
  // as pages, rule.json and GET /api/rules/<id>/versions, never here
  ['rule-versions',             'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-versions',             'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-versions',             'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF records versions (POST /api/rules/<id>/versions)'],
  ['rule-versions',             'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'a version never changes'],
  ['rule-versions',             'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],

  // rule-stewards: who may amend a rule; changed through the BFF only, read by editors
  ['rule-stewards',             'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-stewards',             'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-stewards',             'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF adds stewards'],
  ['rule-stewards',             'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['rule-stewards',             'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],

  // steward-invitations: made and used through the BFF only (their token hashes never leave the server)
  ['steward-invitations',       'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed',           'never tokenHash'],
  ['steward-invitations',       'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['steward-invitations',       'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF invites (POST /api/rules/<id>/stewards)'],
  ['steward-invitations',       'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['steward-invitations',       'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],

  // rule-reports: visitors report through the BFF only; editors read, dismiss and delete; what was reported stays
  ['rule-reports',              'report via the BFF',                                REST,  'allowed',           'allowed',           'allowed',           'allowed',           'POST /api/rules/<id>/reports; no account'],
  ['rule-reports',              'report a hidden rule via the BFF',                  REST,  'not-found',         'not-found',         'not-found',         'not-found',         'POST /api/rules/<id>/reports'],
  ['rule-reports',              'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-reports',              'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['rule-reports',              'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF files reports'],
  ['rule-reports',              'update',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed',           'status → dismissed'],
  ['rule-reports',              'update: rule, reason, note, reporter',              BOTH,  'denied',            'denied',            'ignored',           'ignored'],
  ['rule-reports',              'delete',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],

  // methods (drafts/versions on): the public reads published methods only; editors write
  ['methods',                   'find',                                              BOTH,  'allowed',           'allowed',           'allowed',           'allowed',           'published methods'],
  ['methods',                   'findByID (published)',                              BOTH,  'allowed',           'allowed',           'allowed',           'allowed'],
  ['methods',                   'findByID (draft-only)',                             BOTH,  'not-found',         'not-found',         'allowed',           'allowed'],
  ['methods',                   'create',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['methods',                   'update',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['methods',                   'delete',                                            BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['methods',                   'versions',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed',           'REST /methods/versions; GraphQL versionsMethods'],

  // site-builds: written by the site build alone; editors read them (the dashboard's "last site build")
  ['site-builds',               'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['site-builds',               'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['site-builds',               'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the site build records builds'],
  ['site-builds',               'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['site-builds',               'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],

  // members: editors look members up, admins moderate, the BFF creates them
  ['members',                   'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['members',                   'findByID',                                          BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['members',                   'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied',            'only the BFF creates members (OTP verify)'],
  ['members',                   'update',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],
  ['members',                   'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],

  // users: CMS editors and admins
  ['users',                     'me (member cookie dropped)',                        BOTH,  'anonymous',         'anonymous',         'self',              'self',              'REST /users/me; GraphQL meUser'],
  ['users',                     'find',                                              BOTH,  'denied',            'denied',            'own-only',          'allowed',           'an editor sees their own account, never the list of users'],
  ['users',                     'findByID (admin)',                                  BOTH,  'denied',            'denied',            'not-found',         'allowed'],
  ['users',                     'create',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],
  ['users',                     "update name (editor's account)",                    BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['users',                     "update role → admin (editor's account)",            BOTH,  'denied',            'denied',            'ignored',           'allowed'],
  ['users',                     "update name (admin's account)",                     BOTH,  'denied',            'denied',            'denied',            'allowed'],
  ['users',                     'delete',                                            BOTH,  'denied',            'denied',            'denied',            'allowed'],
  ['users',                     'first-register (empty database)',                   REST,  'becomes-admin',     '—',                 '—',                 '—',                 'the body asks for role "editor"'],
  ['users',                     'first-register (users exist)',                      REST,  'denied',            'denied',            'denied',            'denied'],

  // server-only collections: the BFF's service functions are their one reader and writer
  ['sessions',                  'find',                                              BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['sessions',                  'findByID',                                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['sessions',                  'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['sessions',                  'update: member → member B (takeover)',              BOTH,  'denied',            'denied',            'denied',            'denied',            "member A's own session; A stays signed in as A"],
  ['sessions',                  'update: expiresAt → 2099',                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['sessions',                  'update (bulk, ?where)',                             REST,  'denied',            'denied',            'denied',            'denied'],
  ['sessions',                  'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],

  ['drafts',                    'find',                                              BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['drafts',                    'findByID',                                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['drafts',                    'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['drafts',                    'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['drafts',                    'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],

  ['otp-challenges',            'find',                                              BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['otp-challenges',            'findByID',                                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['otp-challenges',            'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['otp-challenges',            'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['otp-challenges',            'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],

  ['idempotency-keys',          'find',                                              BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['idempotency-keys',          'findByID',                                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['idempotency-keys',          'create',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['idempotency-keys',          'update',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['idempotency-keys',          'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],

  // payload-jobs: the collection is closed; triggering the runner over HTTP is for admins
  ['payload-jobs',              'find',                                              BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['payload-jobs',              'findByID',                                          BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['payload-jobs',              'queue (create)',                                    BOTH,  'denied',            'denied',            'denied',            'denied',            'Payload 3.90 has no HTTP queue endpoint'],
  ['payload-jobs',              'cancel (update)',                                   BOTH,  'denied',            'denied',            'denied',            'denied',            'Payload 3.90 has no HTTP cancel endpoint'],
  ['payload-jobs',              'delete',                                            BOTH,  'denied',            'denied',            'denied',            'denied'],
  ['payload-jobs',              'run',                                               REST,  'unauthorized',      'unauthorized',      'unauthorized',      'allowed',           'GET /payload-jobs/run'],
  ['payload-jobs',              'handle-schedules',                                  REST,  'unauthorized',      'unauthorized',      'unauthorized',      'allowed',           'GET /payload-jobs/handle-schedules'],

  // Payload's own system collections
  ['payload-preferences',       'find',                                              BOTH,  'denied',            'denied',            'own-only',          'own-only'],
  ['payload-preferences',       'get by key',                                        REST,  'empty',             'empty',             'own-only',          'own-only',          "GET /payload-preferences/<key>, own key and the other user's"],
  ['payload-preferences',       'set by key',                                        REST,  'unauthorized',      'unauthorized',      'allowed',           'allowed',           'POST /payload-preferences/<key>'],
  ['payload-locked-documents',  'find',                                              BOTH,  'denied',            'denied',            'allowed',           'allowed'],
  ['payload-locked-documents',  'create',                                            REST,  'denied',            'denied',            'allowed',           'allowed'],
  ['payload-migrations',        'find',                                              BOTH,  'no-route',          'no-route',          'no-route',          'no-route'],

  // the guard in front of /cms-api (functions/middleware/cms-api-guard.ts)
  ['(guard)',                   'body over the cap (6 MB JSON)',                     BOTH,  'too-large',         'too-large',         'too-large',         'too-large',         'REST POST /rules; GraphQL POST /graphql'],
  ['(guard)',                   'chunked body over the cap',                         REST,  'too-large',         'too-large',         'too-large',         'too-large'],
  ['(guard)',                   'write with Origin: https://evil.example',           BOTH,  'forbidden-origin',  'forbidden-origin',  'forbidden-origin',  'forbidden-origin'],
  ['(guard)',                   'wrong editor password ×11 from one client',         BOTH,  'rate-limited',      '—',                 '—',                 '—',                 'REST /users/login; GraphQL loginUser'],
  ['(guard)',                   'the editor logs in from another client meanwhile',  BOTH,  '—',                 '—',                 'allowed',           '—'],
]

/** One row per line × transport × role ('—': the cell does not apply). */
export const matrix: Row[] = table.flatMap(
  ([collection, operation, transports, anonymous, member, editor, admin, note]) => {
    const cells: [Role, Cell][] = [
      ['anonymous', anonymous],
      ['memberA', member],
      ['memberB', member],
      ['editor', editor],
      ['admin', admin],
    ]
    return transports.flatMap((transport) =>
      cells
        .filter((cell): cell is [Role, Expected] => cell[1] !== '—')
        .map(([role, expected]) => ({ collection, operation, role, transport, expected, note })),
    )
  },
)

export const rowName = (row: Pick<Row, 'collection' | 'operation' | 'role' | 'transport'>) =>
  `${row.collection} · ${row.operation} · ${row.role} · ${row.transport}`

/** The matrix as the markdown table in docs/security.md. */
export function matrixMarkdown(rows: Row[] = matrix): string {
  const out = [
    '| collection | operation | anonymous | member A/B | editor | admin | REST / GraphQL |',
    '|---|---|---|---|---|---|---|',
  ]
  const keys = [...new Set(rows.map((row) => `${row.collection}\u0000${row.operation}`))]
  for (const key of keys) {
    const [collection, operation] = key.split('\u0000') as [string, string]
    const group = rows.filter((row) => row.collection === collection && row.operation === operation)
    const cellsFor = (transport: Transport) => {
      const pick = (role: Role) =>
        group.find((row) => row.role === role && row.transport === transport)?.expected ?? '—'
      return [pick('anonymous'), pick('memberA'), pick('editor'), pick('admin')]
    }
    const transports = [...new Set(group.map((row) => row.transport))]
    const same = transports.length === 2 && cellsFor('REST').join() === cellsFor('GraphQL').join()
    const lines = same
      ? [['REST + GraphQL', cellsFor('REST')] as const]
      : transports.map((t) => [t, cellsFor(t)] as const)
    for (const [transport, cells] of lines) {
      const note = group.find((row) => row.note)?.note
      const shown = cells.map((cell) => cell.replace('|', ' or '))
      out.push(`| ${collection} | ${operation} | ${shown.join(' | ')} | ${transport}${note ? `; ${note}` : ''} |`)
    }
  }
  return out.join('\n')
}

/** What each outcome means, as the legend under the table in docs/security.md. */
export function outcomesMarkdown(): string {
  return Object.entries(outcomes)
    .map(([name, meaning]) => `- \`${name}\`: ${meaning}`)
    .join('\n')
}
