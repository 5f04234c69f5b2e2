/**
 * The access matrix (tests/e2e/access-matrix.ts, mirrored in docs/security.md), cell by cell, against
 * the running product: BFF + Payload's Next app + Postgres + the SMTP sink, over REST and GraphQL.
 *
 * Each row names a probe below (collection + operation + transport). A probe sends the real request as
 * the row's role and classifies what happened into one outcome, checking the database where "nothing
 * changed" is the point. The test runs every cell, then fails once with the list of cells that differ
 * from the matrix, each naming its row with the exact request(s) and response(s).
 * ACCESS_MATRIX_OUT=<file> also writes what every cell came out as (JSON), e.g. for docs/security.md.
 */
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import { pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto'
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test'
import pg from 'pg'
import { matrix, rowName, type Expected, type Outcome, type Role, type Row, type Transport } from './access-matrix'
import { e2eInfo, mailCount, readOtpCode } from './support'

// ---------------------------------------------------------------------------------------------------
// Replies and callers
// ---------------------------------------------------------------------------------------------------

type Reply = { request: string; status: number; text: string; json: any; headers: Record<string, string> }
type Observation = { outcome: Outcome; replies: Reply[] }

const describe = (method: string, path: string, data?: unknown) =>
  `${method} ${path}${data === undefined ? '' : ` ${typeof data === 'string' ? `<${data.length} bytes>` : JSON.stringify(data).slice(0, 300)}`}`

async function toReply(
  request: string,
  response: { status(): number; text(): Promise<string>; headers(): Record<string, string> },
): Promise<Reply> {
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { request, status: response.status(), text, json, headers: response.headers() }
}

class Caller {
  constructor(
    readonly role: Role,
    readonly api: APIRequestContext,
    readonly ip: string,
  ) {}

  get staff() {
    return this.role === 'editor' || this.role === 'admin'
  }

  async rest(method: string, path: string, data?: unknown, headers?: Record<string, string>): Promise<Reply> {
    const response = await this.api.fetch(path, { method, data, headers, failOnStatusCode: false, maxRedirects: 0 })
    return toReply(describe(method, path, data), response)
  }

  async gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply> {
    const response = await this.api.post('/cms-api/graphql', {
      data: { query, variables },
      headers,
      failOnStatusCode: false,
    })
    return toReply(
      `POST /cms-api/graphql ${JSON.stringify({ query: query.replace(/\s+/g, ' '), variables }).slice(0, 400)}`,
      response,
    )
  }
}

// ---------------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------------

/** A REST error status as an outcome; undefined for 2xx/3xx. */
function restError(reply: Reply): Outcome | undefined {
  const { status } = reply
  if (status >= 500) return 'server-error'
  if (status === 401) return 'unauthorized'
  if (status === 403) return reply.json?.error?.code === 'forbidden_origin' ? 'forbidden-origin' : 'denied'
  if (status === 404) return 'not-found'
  if (status === 413) return 'too-large'
  if (status === 429) return 'rate-limited'
  if (status >= 400) return 'rejected'
  return undefined
}

/** A GraphQL error (or the BFF's own refusal) as an outcome; undefined when `field` came back. */
function gqlError(reply: Reply, field: string): Outcome | undefined {
  if (reply.status >= 500) return 'server-error'
  const errors = reply.json?.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined
  if (!errors?.length && reply.status >= 400) return restError(reply)
  if (errors?.length) {
    const [error] = errors
    if (/Cannot query field/.test(error!.message)) return 'no-route'
    const code = error!.extensions?.statusCode
    // No status code: the query did not validate (GraphQL answers those itself, 200 or 400).
    if (code === undefined) return 'rejected'
    if (code >= 500) return 'server-error'
    if (code === 401) return 'unauthorized'
    if (code === 403) return 'denied'
    if (code === 404) return 'not-found'
    return 'rejected'
  }
  if (reply.json?.data?.[field] == null) return 'not-found'
  return undefined
}

/** A write: did the value land? A 5xx is a failure whatever it did. */
function writeOutcome(reply: Reply, error: Outcome | undefined, landed: boolean): Outcome {
  if (reply.status >= 500 || error === 'server-error') return 'server-error'
  if (landed) return 'allowed'
  return error ?? 'ignored'
}

const seen = (reply: Reply, outcome: Outcome): Observation => ({ outcome, replies: [reply] })

// ---------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------

const run = randomBytes(3).toString('hex')
// Client addresses (header values only) from the IPv6 documentation prefix, one /64 per client
// (the BFF keys IPv6 limits by /64), random per run so reruns on one server start fresh.
const net = `2001:db8:${randomBytes(2).toString('hex')}`
const ipFor = (n: number) => `${net}:${n.toString(16)}::1`
const PASSWORD = 'Matrix-pass-2026!'
const FAR_FUTURE = '2099-01-01T00:00:00.000Z'

const ruleDocument = (title: string) => ({
  title,
  summary: 'A rule made by the access-matrix test.',
  sections: [{ id: 'values', kind: 'values', title: 'What we value', body: 'Sharing over owning.' }],
})
const templateData = (slug: string, title: string, status: 'published' | 'draft' = 'published') => ({
  slug,
  title,
  category: 'direct',
  summary: 'An access-matrix fixture.',
  document: ruleDocument(title),
  sortOrder: 999,
  featured: false,
  _status: status,
})

type Fixtures = {
  callers: Record<Role, Caller>
  /** The admin's own door for setting up targets (own client, so rows keep their rate budget). */
  setup: Caller
  newContext: (ip: string, token?: string) => Promise<APIRequestContext>
  firstUser: { registeredHere: boolean; role: string; body?: string }
  admin: { id: string; email: string; password: string }
  editor: { id: string; email: string; password: string }
  memberA: { id: string; email: string; sessionId: string; draftId: string; otpId: string; idempotencyId: string }
  memberB: { id: string; email: string }
  emails: string[]
  rules: {
    visible: { id: string; slug: string }
    hidden: { id: string; slug: string }
    moderated: { id: string; slug: string }
  }
  templates: {
    published: string
    publishedSlug: string
    draftOnly: string
    draftOnlySlug: string
    edited: string
    editedTitle: string
    updated: string
  }
  prefKeys: { editor: string; admin: string }
  job: string
  /** a visitor's report of the visible rule, filed through the BFF */
  report: string
  /** Version 1 of the visible rule, and its author's steward row (both recorded by the publish). */
  ruleVersion: string
  ruleSteward: string
  /** An invitation to steward the visible rule (inserted: its token is never used). */
  invitation: string
  /** A recorded site build (the e2e server's start-up build, or one inserted here). */
  siteBuild: string
  /** A published method of the seeded library, and a method that only exists as a draft. */
  methods: { published: string; draftOnly: string }
  counter: number
}

let pool: pg.Pool
const q = async <T extends pg.QueryResultRow = any>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows
const one = async <T extends pg.QueryResultRow = any>(sql: string, params: unknown[] = []) =>
  (await q<T>(sql, params))[0]

let f: Fixtures
const marker = (label: string) => `matrix-${run}-${label}-${++f.counter}`

async function login(api: APIRequestContext, email: string, password: string): Promise<string | undefined> {
  const response = await api.post('/cms-api/users/login', { data: { email, password }, failOnStatusCode: false })
  return response.ok() ? ((await response.json()).token as string) : undefined
}

async function signInMember(api: APIRequestContext, email: string): Promise<string> {
  const after = mailCount()
  const requested = await api.post('/api/auth/otp/request', { data: { email } })
  expect(requested.status(), `OTP request for ${email}`).toBe(202)
  const code = await readOtpCode(email, { after })
  const verified = await api.post('/api/auth/otp/verify', { data: { email, code } })
  expect(verified.status(), `OTP verify for ${email}`).toBe(200)
  return (await verified.json()).user.id as string
}

async function publish(api: APIRequestContext, title: string): Promise<{ id: string; slug: string }> {
  const response = await api.post('/api/rules', {
    data: { title, document: ruleDocument(title) },
    headers: { 'idempotency-key': `matrix-${run}-${randomUUID()}` },
  })
  expect(response.status(), `publish ${title}: ${await response.text()}`).toBe(201)
  const { rule } = await response.json()
  return { id: rule.id, slug: rule.slug }
}

async function setupFixtures(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string): Promise<Fixtures> {
  pool = new pg.Pool({ connectionString: e2eInfo().databaseUrl, max: 4 })
  const newContext = (ip: string, token?: string) =>
    playwright.request.newContext({
      baseURL,
      // What a browser on our own origin sends; the client IP comes through the one trusted proxy hop.
      extraHTTPHeaders: { origin: baseURL, 'x-forwarded-for': ip },
      storageState: token
        ? {
            cookies: [
              {
                name: 'payload-token',
                value: token,
                domain: 'localhost',
                path: '/',
                expires: -1,
                httpOnly: true,
                secure: false,
                sameSite: 'Lax',
              },
            ],
            origins: [],
          }
        : undefined,
    })

  // -- the admin: the first user if the database has none, else our own admin (inserted if needed) --
  const boot = await newContext(ipFor(200))
  const admin = { id: '', email: 'matrix-admin@example.org', password: PASSWORD }
  let firstUser: Fixtures['firstUser']
  const { initialized } = await (await boot.get('/cms-api/users/init')).json()
  if (!initialized) {
    const registered = await boot.post('/cms-api/users/first-register', {
      data: {
        email: admin.email,
        password: admin.password,
        'confirm-password': admin.password,
        role: 'editor',
        name: 'Matrix admin',
      },
      failOnStatusCode: false,
    })
    const role = registered.ok()
      ? (await registered.json()).user.role
      : `(${registered.status()} ${await registered.text()})`
    firstUser = { registeredHere: true, role, body: `${registered.status()} {"user":{"role":"${role}",…}}` }
  } else {
    firstUser = {
      registeredHere: false,
      role: (await one('select role from users order by created_at asc limit 1')).role,
    }
  }
  let adminToken = await login(boot, admin.email, admin.password)
  if (!adminToken) {
    // Someone else registered the first user: add our own admin straight into the database
    // (Payload still verifies its legacy PBKDF2 hashes).
    admin.email = `matrix-admin-${run}@example.org`
    const salt = randomBytes(32).toString('hex')
    const hash = pbkdf2Sync(admin.password, salt, 25_000, 512, 'sha256').toString('hex')
    await q(`insert into users (email, name, role, salt, hash) values ($1, 'Matrix admin', 'admin', $2, $3)`, [
      admin.email,
      salt,
      hash,
    ])
    adminToken = await login(boot, admin.email, admin.password)
  }
  expect(adminToken, 'admin login').toBeTruthy()
  admin.id = (await one('select id from users where email = $1', [admin.email])).id
  const setup = new Caller('admin', await newContext(ipFor(201), adminToken), ipFor(201))

  // -- an editor, created by the admin --
  const editor = { id: '', email: `matrix-editor-${run}@example.org`, password: PASSWORD }
  const created = await setup.rest('POST', '/cms-api/users', {
    email: editor.email,
    password: editor.password,
    role: 'editor',
    name: 'Matrix editor',
  })
  expect(created.status, `create editor: ${created.text}`).toBe(201)
  editor.id = created.json.doc.id
  expect(created.json.doc.role).toBe('editor')
  const editorToken = await login(boot, editor.email, editor.password)
  expect(editorToken, 'editor login').toBeTruthy()

  // -- members A and B, signed in through the BFF --
  const emailA = `matrix-a-${run}@example.org`
  const emailB = `matrix-b-${run}@example.org`
  const [apiA, apiB] = await Promise.all([newContext(ipFor(2)), newContext(ipFor(3))])
  const [idA, idB] = await Promise.all([signInMember(apiA, emailA), signInMember(apiB, emailB)])

  const callers: Record<Role, Caller> = {
    anonymous: new Caller('anonymous', await newContext(ipFor(1)), ipFor(1)),
    memberA: new Caller('memberA', apiA, ipFor(2)),
    memberB: new Caller('memberB', apiB, ipFor(3)),
    editor: new Caller('editor', await newContext(ipFor(4), editorToken), ipFor(4)),
    admin: new Caller('admin', await newContext(ipFor(5), adminToken), ipFor(5)),
  }

  // -- member A's things, through the BFF --
  const visible = await publish(apiA, `Matrix visible ${run}`)
  const hidden = await publish(apiA, `Matrix hidden ${run}`)
  const moderated = await publish(apiB, `Matrix moderated ${run}`)
  const reportNote = `Matrix report ${run}`
  const reported = await apiB.post(`/api/rules/${visible.id}/reports`, { data: { reason: 'spam', note: reportNote } })
  expect(reported.status(), `a visitor reports a rule: ${await reported.text()}`).toBe(201)
  const report = (await one('select id from rule_reports where note = $1', [reportNote])).id as string
  const methods = {
    published: (await one(`select id from methods where slug = 'consensus'`)).id as string,
    draftOnly: (
      await setup.rest('POST', '/cms-api/methods?draft=true', {
        ...methodData(`matrix-${run}-draft-method`),
        _status: 'draft',
      })
    ).json.doc.id as string,
  }
  const ruleVersion = (await one('select id from rule_versions where rule_id = $1 and number = 1', [visible.id]))
    .id as string
  const ruleSteward = (await one('select id from rule_stewards where rule_id = $1', [visible.id])).id as string
  const invitation = (
    await one(
      `insert into steward_invitations (rule_id, email, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
      [visible.id, `matrix-invitee-${run}@example.org`, `matrix-hash-${run}`],
    )
  ).id as string
  const siteBuild = (
    await one(`insert into site_builds (kind, pages, removed, seconds) values ('full', 1, 0, 0.1) returning id`)
  ).id as string
  const hide = await setup.rest('PATCH', `/cms-api/rules/${hidden.id}`, { hidden: true, hiddenReason: 'Matrix' })
  expect(hide.status, `admin hides a rule: ${hide.text}`).toBe(200)
  const draft = await apiA.post('/api/drafts', {
    data: {
      state: { step: 'sections', document: { title: `Matrix draft ${run}` }, updatedAt: new Date().toISOString() },
    },
  })
  expect(draft.status(), 'member A saves a draft').toBe(201)

  // -- templates, by the admin: published, draft-only, published with an unpublished edit --
  const template = async (label: string, status: 'published' | 'draft' = 'published') => {
    const slug = `matrix-${run}-${label}`
    const reply = await setup.rest(
      'POST',
      `/cms-api/rule-templates${status === 'draft' ? '?draft=true' : ''}`,
      templateData(slug, `Matrix ${label} ${run}`, status),
    )
    expect(reply.status, `create template ${label}: ${reply.text}`).toBe(201)
    return { id: reply.json.doc.id as string, slug }
  }
  const published = await template('published')
  const draftOnly = await template('draft-only', 'draft')
  const edited = await template('edited')
  const editedTitle = `Matrix unpublished edit ${run}`
  const edit = await setup.rest('PATCH', `/cms-api/rule-templates/${edited.id}?draft=true`, {
    title: editedTitle,
    _status: 'draft',
  })
  expect(edit.status, `save an unpublished edit: ${edit.text}`).toBe(200)
  const updated = await template('update-target')

  // -- preferences of each CMS user --
  const prefKeys = { editor: `matrix-${run}-editor-pref`, admin: `matrix-${run}-admin-pref` }
  for (const role of ['editor', 'admin'] as const) {
    const reply = await callers[role].rest('POST', `/cms-api/payload-preferences/${prefKeys[role]}`, { value: { run } })
    expect(reply.status, `${role} saves a preference: ${reply.text}`).toBeLessThan(300)
  }

  // -- a job parked on a queue nothing runs --
  const job = (
    await one(
      `insert into payload_jobs (task_slug, queue, input, wait_until) values ('cleanupExpired', $1, $2, '2099-01-01') returning id`,
      [`matrix-${run}`, JSON.stringify({ run })],
    )
  ).id

  const memberA = {
    id: idA,
    email: emailA,
    sessionId: (await one('select id from sessions where member_id = $1 order by created_at desc limit 1', [idA])).id,
    draftId: (await one('select id from drafts where member_id = $1', [idA])).id,
    otpId: (await one('select id from otp_challenges where email = $1 order by created_at desc limit 1', [emailA])).id,
    idempotencyId: (
      await one('select id from idempotency_keys where member_id = $1 order by created_at asc limit 1', [idA])
    ).id,
  }
  await boot.dispose()
  return {
    callers,
    setup,
    newContext,
    firstUser,
    admin,
    editor,
    memberA,
    memberB: { id: idB, email: emailB },
    emails: [emailA, emailB, editor.email, admin.email],
    rules: { visible, hidden, moderated },
    templates: {
      published: published.id,
      publishedSlug: published.slug,
      draftOnly: draftOnly.id,
      draftOnlySlug: draftOnly.slug,
      edited: edited.id,
      editedTitle,
      updated: updated.id,
    },
    prefKeys,
    job,
    report,
    siteBuild,
    ruleVersion,
    ruleSteward,
    invitation,
    methods,
    counter: 0,
  }
}

// Fresh targets for rows that may destroy or change what they touch.
// Rules are written straight to the table: the BFF allows a member 30 publishes an hour, fewer than
// the rows that need a rule of their own (its fixtures above are published through the BFF).
async function newRule(): Promise<string> {
  const title = marker('rule')
  return (
    await one(
      'insert into rules (title, slug, owner_id, document, published_at) values ($1, $2, $3, $4::jsonb, now()) returning id',
      [title, title, f.memberB.id, JSON.stringify(ruleDocument(title))],
    )
  ).id
}
async function newTemplate(): Promise<string> {
  const slug = marker('tpl')
  const reply = await f.setup.rest('POST', '/cms-api/rule-templates', templateData(slug, slug))
  expect(reply.status, `target template: ${reply.text}`).toBe(201)
  return reply.json.doc.id
}
async function newMember(): Promise<string> {
  return (await one(`insert into members (email) values ($1) returning id`, [`${marker('member')}@example.org`])).id
}
async function newUser(): Promise<string> {
  const reply = await f.setup.rest('POST', '/cms-api/users', {
    email: `${marker('user')}@example.org`,
    password: PASSWORD,
    role: 'editor',
  })
  expect(reply.status, `target user: ${reply.text}`).toBe(201)
  return reply.json.doc.id
}

// ---------------------------------------------------------------------------------------------------
// Probes: one per (collection, operation), per transport
// ---------------------------------------------------------------------------------------------------

type Probe = (c: Caller) => Promise<Observation>
const probes = new Map<string, Partial<Record<Transport, Probe>>>()
const probe = (collection: string, operation: string, byTransport: Partial<Record<Transport, Probe>>) =>
  probes.set(`${collection} | ${operation}`, byTransport)

const GQL_NAMES: Record<string, [string, string]> = {
  'rule-templates': ['RuleTemplate', 'RuleTemplates'],
  rules: ['Rule', 'Rules'],
  'rule-reports': ['RuleReport', 'RuleReports'],
  'site-builds': ['SiteBuild', 'SiteBuilds'],
  'rule-versions': ['RuleVersion', 'RuleVersions'],
  'rule-stewards': ['RuleSteward', 'RuleStewards'],
  'steward-invitations': ['StewardInvitation', 'StewardInvitations'],
  methods: ['Method', 'Methods'],
  members: ['Member', 'Members'],
  users: ['User', 'Users'],
  sessions: ['Session', 'Sessions'],
  drafts: ['Draft', 'Drafts'],
  'otp-challenges': ['OtpChallenge', 'OtpChallenges'],
  'idempotency-keys': ['IdempotencyKey', 'IdempotencyKeys'],
  'payload-jobs': ['PayloadJob', 'PayloadJobs'],
  'payload-preferences': ['PayloadPreference', 'PayloadPreferences'],
  'payload-locked-documents': ['PayloadLockedDocument', 'PayloadLockedDocuments'],
  'payload-migrations': ['PayloadMigration', 'PayloadMigrations'],
}
const TABLES: Record<string, string> = {
  'rule-templates': 'rule_templates',
  rules: 'rules',
  'rule-reports': 'rule_reports',
  'site-builds': 'site_builds',
  'rule-versions': 'rule_versions',
  'rule-stewards': 'rule_stewards',
  'steward-invitations': 'steward_invitations',
  methods: 'methods',
  members: 'members',
  users: 'users',
  sessions: 'sessions',
  drafts: 'drafts',
  'otp-challenges': 'otp_challenges',
  'idempotency-keys': 'idempotency_keys',
  'payload-jobs': 'payload_jobs',
}
const exists = async (collection: string, id: string) =>
  Boolean(await one(`select 1 from ${TABLES[collection]} where id = $1`, [id]))

/** find / findByID that succeed for whoever may read: 'allowed' when the docs come back. */
function readProbes(collection: string, id: () => string) {
  const [single, plural] = GQL_NAMES[collection]!
  probe(collection, 'find', {
    REST: async (c) => {
      const r = await c.rest('GET', `/cms-api/${collection}?depth=0&limit=5`)
      return seen(r, restError(r) ?? (Array.isArray(r.json?.docs) ? 'allowed' : 'partial'))
    },
    GraphQL: async (c) => {
      const r = await c.gql(`{ ${plural}(limit: 5) { totalDocs docs { id } } }`)
      return seen(r, gqlError(r, plural) ?? 'allowed')
    },
  })
  probe(collection, 'findByID', {
    REST: async (c) => {
      const r = await c.rest('GET', `/cms-api/${collection}/${id()}?depth=0`)
      return seen(r, restError(r) ?? (r.json?.id === id() ? 'allowed' : 'partial'))
    },
    GraphQL: async (c) => {
      const r = await c.gql(`query($id: String!) { ${single}(id: $id) { id } }`, { id: id() })
      return seen(r, gqlError(r, single) ?? 'allowed')
    },
  })
}

/** create / update / delete, judged by what reached the database. */
function writeProbes(
  collection: string,
  spec: {
    create: (m: string) => Record<string, unknown>
    created: (m: string) => Promise<boolean>
    update?: {
      target: () => string | Promise<string>
      data: (m: string) => Record<string, unknown>
      landed: (id: string, m: string) => Promise<boolean>
    }
    deleteTarget: () => string | Promise<string>
    /** The operation name of `create` in the matrix. */
    createOperation?: string
  },
) {
  const [single] = GQL_NAMES[collection]!
  probe(collection, spec.createOperation ?? 'create', {
    REST: async (c) => {
      const m = marker('create')
      const r = await c.rest('POST', `/cms-api/${collection}`, spec.create(m))
      return seen(r, writeOutcome(r, restError(r), await spec.created(m)))
    },
    GraphQL: async (c) => {
      const m = marker('create')
      const field = `create${single}`
      const r = await c.gql(`mutation($data: mutation${single}Input!) { ${field}(data: $data) { id } }`, {
        data: spec.create(m),
      })
      return seen(r, writeOutcome(r, gqlError(r, field), await spec.created(m)))
    },
  })
  if (spec.update) {
    const { target, data, landed } = spec.update
    probe(collection, 'update', {
      REST: async (c) => {
        const [id, m] = [await target(), marker('update')]
        const r = await c.rest('PATCH', `/cms-api/${collection}/${id}`, data(m))
        return seen(r, writeOutcome(r, restError(r), await landed(id, m)))
      },
      GraphQL: async (c) => {
        const [id, m] = [await target(), marker('update')]
        const field = `update${single}`
        const r = await c.gql(
          `mutation($id: String!, $data: mutation${single}UpdateInput!) { ${field}(id: $id, data: $data) { id } }`,
          { id, data: data(m) },
        )
        return seen(r, writeOutcome(r, gqlError(r, field), await landed(id, m)))
      },
    })
  }
  probe(collection, 'delete', {
    REST: async (c) => {
      const id = await spec.deleteTarget()
      const r = await c.rest('DELETE', `/cms-api/${collection}/${id}`)
      return seen(r, writeOutcome(r, restError(r), !(await exists(collection, id))))
    },
    GraphQL: async (c) => {
      const id = await spec.deleteTarget()
      const field = `delete${single}`
      const r = await c.gql(`mutation($id: String!) { ${field}(id: $id) { id } }`, { id })
      return seen(r, writeOutcome(r, gqlError(r, field), !(await exists(collection, id))))
    },
  })
}

// ---- rule-templates ----

type TemplateDoc = { id: string; title?: string | null }
/** Drafts show as the draft-only template or as the unpublished edit's title. */
function templatesSeen(docs: TemplateDoc[]): Outcome {
  const ids = docs.map((doc) => doc.id)
  if (!ids.includes(f.templates.published)) return 'partial'
  const drafts = ids.includes(f.templates.draftOnly) || docs.some((doc) => doc.title === f.templates.editedTitle)
  return drafts ? 'drafts' : 'published-only'
}
const scoped = () => [f.templates.published, f.templates.draftOnly, f.templates.edited]
const templateScope = () =>
  scoped()
    .map((id, i) => `where[id][in][${i}]=${id}`)
    .join('&')
const templateScopeGql = () => `where: { id: { in: ${JSON.stringify(scoped())} } }`

probe('rule-templates', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/rule-templates?depth=0&${templateScope()}`)
    return seen(r, restError(r) ?? templatesSeen(r.json.docs))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ RuleTemplates(${templateScopeGql()}) { docs { id title } } }`)
    return seen(r, gqlError(r, 'RuleTemplates') ?? templatesSeen(r.json.data.RuleTemplates.docs))
  },
})
probe('rule-templates', 'find ?draft=true', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/rule-templates?draft=true&depth=0&${templateScope()}`)
    return seen(r, restError(r) ?? templatesSeen(r.json.docs))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ RuleTemplates(draft: true, ${templateScopeGql()}) { docs { id title } } }`)
    return seen(r, gqlError(r, 'RuleTemplates') ?? templatesSeen(r.json.data.RuleTemplates.docs))
  },
})
const templateById = (id: () => string, judge: (doc: TemplateDoc) => Outcome, draft = false) => ({
  REST: async (c: Caller) => {
    const r = await c.rest('GET', `/cms-api/rule-templates/${id()}?depth=0${draft ? '&draft=true' : ''}`)
    return seen(r, restError(r) ?? judge(r.json))
  },
  GraphQL: async (c: Caller) => {
    const r = await c.gql(`query($id: String!) { RuleTemplate(id: $id${draft ? ', draft: true' : ''}) { id title } }`, {
      id: id(),
    })
    return seen(r, gqlError(r, 'RuleTemplate') ?? judge(r.json.data.RuleTemplate))
  },
})
probe(
  'rule-templates',
  'findByID (published)',
  templateById(
    () => f.templates.published,
    (doc) => (doc.id === f.templates.published ? 'allowed' : 'partial'),
  ),
)
probe(
  'rule-templates',
  'findByID (draft-only)',
  templateById(
    () => f.templates.draftOnly,
    (doc) => (doc.id === f.templates.draftOnly ? 'allowed' : 'partial'),
  ),
)
probe(
  'rule-templates',
  'findByID ?draft=true (unpublished edit)',
  templateById(
    () => f.templates.edited,
    (doc) => (doc.title === f.templates.editedTitle ? 'drafts' : doc.title ? 'published-only' : 'partial'),
    true,
  ),
)
writeProbes('rule-templates', {
  create: (m) => templateData(m, m),
  created: async (m) => Boolean(await one('select 1 from rule_templates where slug = $1', [m])),
  update: {
    target: () => f.templates.updated,
    data: (m) => ({ title: m }),
    landed: async (id, m) => (await one('select title from rule_templates where id = $1', [id]))?.title === m,
  },
  deleteTarget: newTemplate,
})
probe('rule-templates', 'versions', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/rule-templates/versions?depth=0&limit=5`)
    return seen(r, restError(r) ?? (Array.isArray(r.json?.docs) && r.json.totalDocs > 0 ? 'allowed' : 'partial'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ versionsRuleTemplates(limit: 5) { totalDocs docs { id } } }`)
    return seen(
      r,
      gqlError(r, 'versionsRuleTemplates') ?? (r.json.data.versionsRuleTemplates.totalDocs > 0 ? 'allowed' : 'partial'),
    )
  },
})

// ---- rules ----

type RuleDoc = {
  id: string
  owner?: unknown
  hidden?: unknown
  hiddenReason?: unknown
  builtAt?: unknown
  withdrawnAt?: unknown
}
/** Private: `owner` (id or object) or `hidden` present (REST drops unreadable keys, GraphQL nulls them). */
const hasPrivate = (doc: RuleDoc) =>
  doc.owner != null || doc.hidden != null || doc.hiddenReason != null || doc.builtAt != null || doc.withdrawnAt != null
function rulesSeen(docs: RuleDoc[]): Outcome {
  const ids = docs.map((doc) => doc.id)
  if (!ids.includes(f.rules.visible.id)) return 'partial'
  const hidden = ids.includes(f.rules.hidden.id)
  const privateFields = docs.some(hasPrivate)
  if (!hidden && !privateFields) return 'public'
  if (hidden && privateFields) return 'all'
  return 'partial'
}
const ruleSelection = 'id slug title owner { id email } hidden hiddenReason builtAt withdrawnAt withdrawnReason'

probe('rules', 'find', {
  REST: async (c) => {
    const r = await c.rest(
      'GET',
      `/cms-api/rules?depth=1&where[id][in][0]=${f.rules.visible.id}&where[id][in][1]=${f.rules.hidden.id}`,
    )
    return seen(r, restError(r) ?? rulesSeen(r.json.docs))
  },
  GraphQL: async (c) => {
    const r = await c.gql(
      `query($ids: [String]) { Rules(where: { id: { in: $ids } }) { docs { ${ruleSelection} } } }`,
      { ids: [f.rules.visible.id, f.rules.hidden.id] },
    )
    return seen(r, gqlError(r, 'Rules') ?? rulesSeen(r.json.data.Rules.docs))
  },
})
const ruleById = (which: 'visible' | 'hidden') => ({
  REST: async (c: Caller) => {
    const r = await c.rest('GET', `/cms-api/rules/${f.rules[which].id}?depth=1`)
    return seen(r, restError(r) ?? (hasPrivate(r.json) ? 'all' : 'public'))
  },
  GraphQL: async (c: Caller) => {
    const r = await c.gql(`query($id: String!) { Rule(id: $id) { ${ruleSelection} } }`, { id: f.rules[which].id })
    return seen(r, gqlError(r, 'Rule') ?? (hasPrivate(r.json.data.Rule) ? 'all' : 'public'))
  },
})
probe('rules', 'findByID (visible)', ruleById('visible'))
probe('rules', 'findByID (hidden)', ruleById('hidden'))

/** Ask twice, with a value that matches the visible fixture and one that does not; compare. */
async function oracle(
  ask: (value: 'match' | 'other') => Promise<{ reply: Reply; ids?: string[] }>,
): Promise<Observation> {
  const match = await ask('match')
  const other = await ask('other')
  const replies = [match.reply, other.reply]
  const serverError = (reply: Reply) =>
    reply.status >= 500 ||
    reply.json?.errors?.some((e: { extensions?: { statusCode?: number } }) => (e.extensions?.statusCode ?? 0) >= 500)
  if (replies.some(serverError)) return { outcome: 'server-error', replies }
  if (!match.ids && !other.ids) return { outcome: 'no-oracle', replies }
  if (match.ids && other.ids && match.ids.join() === other.ids.join()) return { outcome: 'no-oracle', replies }
  if (match.ids?.includes(f.rules.visible.id) && other.ids && !other.ids.includes(f.rules.visible.id))
    return { outcome: 'filters', replies }
  return { outcome: 'oracle', replies }
}
const restIds = (reply: Reply) => (restError(reply) ? undefined : (reply.json.docs as RuleDoc[]).map((doc) => doc.id))
const gqlIds = (reply: Reply) =>
  gqlError(reply, 'Rules') ? undefined : (reply.json.data.Rules.docs as RuleDoc[]).map((doc) => doc.id)
const scopeRest = () => `where[and][1][id][equals]=${f.rules.visible.id}&depth=0`

probe('rules', 'where[owner.email][equals]', {
  REST: (c) =>
    oracle(async (value) => {
      const email = value === 'match' ? f.memberA.email : `nobody-${run}@example.org`
      const reply = await c.rest(
        'GET',
        `/cms-api/rules?where[and][0][owner.email][equals]=${encodeURIComponent(email)}&${scopeRest()}`,
      )
      return { reply, ids: restIds(reply) }
    }),
})
probe('rules', 'where owner equals <member id>', {
  REST: (c) =>
    oracle(async (value) => {
      const id = value === 'match' ? f.memberA.id : randomUUID()
      const reply = await c.rest('GET', `/cms-api/rules?where[and][0][owner][equals]=${id}&${scopeRest()}`)
      return { reply, ids: restIds(reply) }
    }),
  GraphQL: (c) =>
    oracle(async (value) => {
      const owner = value === 'match' ? f.memberA.id : randomUUID()
      const reply = await c.gql(
        `query($owner: JSON, $id: String) { Rules(where: { AND: [{ owner: { equals: $owner } }, { id: { equals: $id } }] }) { docs { id } } }`,
        {
          owner,
          id: f.rules.visible.id,
        },
      )
      return { reply, ids: gqlIds(reply) }
    }),
})
probe('rules', 'where hidden equals false/true', {
  REST: (c) =>
    oracle(async (value) => {
      const reply = await c.rest(
        'GET',
        `/cms-api/rules?where[and][0][hidden][equals]=${value === 'match' ? 'false' : 'true'}&${scopeRest()}`,
      )
      return { reply, ids: restIds(reply) }
    }),
  GraphQL: (c) =>
    oracle(async (value) => {
      const reply = await c.gql(
        `query($hidden: Boolean, $id: String) { Rules(where: { AND: [{ hidden: { equals: $hidden } }, { id: { equals: $id } }] }) { docs { id } } }`,
        {
          hidden: value !== 'match',
          id: f.rules.visible.id,
        },
      )
      return { reply, ids: gqlIds(reply) }
    }),
})

// Private fields no reader may filter on: the visible fixture has neither, so `exists false` matches it.
for (const field of ['hiddenReason', 'withdrawnAt']) {
  probe('rules', `where ${field} exists false/true`, {
    REST: (c) =>
      oracle(async (value) => {
        const reply = await c.rest(
          'GET',
          `/cms-api/rules?where[and][0][${field}][exists]=${value === 'match' ? 'false' : 'true'}&${scopeRest()}`,
        )
        return { reply, ids: restIds(reply) }
      }),
    GraphQL: (c) =>
      oracle(async (value) => {
        const reply = await c.gql(
          `query($exists: Boolean, $id: String) { Rules(where: { AND: [{ ${field}: { exists: $exists } }, { id: { equals: $id } }] }) { docs { id } } }`,
          { exists: value !== 'match', id: f.rules.visible.id },
        )
        return { reply, ids: gqlIds(reply) }
      }),
  })
}

const ruleByTitle = async (title: string) => Boolean(await one('select 1 from rules where title = $1', [title]))
const ruleRow = async (id: string) =>
  one<{
    slug: string
    owner_id: string
    published_at: Date
    built_at: Date | null
    hidden: boolean
    current_version: string
    withdrawn_at: Date | null
  }>('select * from rules where id = $1', [id])
writeProbes('rules', {
  create: (m) => ({
    title: m,
    slug: m,
    owner: f.memberA.id,
    document: ruleDocument(m),
    publishedAt: new Date().toISOString(),
  }),
  created: ruleByTitle,
  deleteTarget: newRule,
})
/** An update on a rule; `landed` says whether any of the sent values reached the row. */
function ruleUpdate(
  target: () => string | Promise<string>,
  data: () => Record<string, unknown>,
  landed: (row: Awaited<ReturnType<typeof ruleRow>>, before: Awaited<ReturnType<typeof ruleRow>>) => boolean,
) {
  return {
    REST: async (c: Caller) => {
      const id = await target()
      const before = await ruleRow(id)
      const r = await c.rest('PATCH', `/cms-api/rules/${id}`, data())
      return seen(r, writeOutcome(r, restError(r), landed(await ruleRow(id), before)))
    },
    GraphQL: async (c: Caller) => {
      const id = await target()
      const before = await ruleRow(id)
      const r = await c.gql(
        `mutation($id: String!, $data: mutationRuleUpdateInput!) { updateRule(id: $id, data: $data) { id } }`,
        { id, data: data() },
      )
      return seen(r, writeOutcome(r, gqlError(r, 'updateRule'), landed(await ruleRow(id), before)))
    },
  }
}
probe(
  'rules',
  'update: hide',
  ruleUpdate(
    newRule,
    () => ({ hidden: true, hiddenReason: `Hidden by the matrix ${run}` }),
    (row) => row.hidden === true,
  ),
)
probe(
  'rules',
  'update: hide without a reason',
  ruleUpdate(
    newRule,
    () => ({ hidden: true }),
    (row) => row.hidden === true,
  ),
)
const LONG_AGO = '2000-01-01T00:00:00.000Z'
probe(
  'rules',
  'update: slug, owner, publishedAt, builtAt, currentVersion, withdrawnAt',
  ruleUpdate(
    () => f.rules.moderated.id,
    () => ({
      slug: `moved-${run}`,
      owner: f.memberA.id,
      publishedAt: LONG_AGO,
      builtAt: LONG_AGO,
      currentVersion: 99,
      withdrawnAt: LONG_AGO,
    }),
    (row) =>
      row.slug === `moved-${run}` ||
      row.owner_id === f.memberA.id ||
      row.published_at.toISOString() === LONG_AGO ||
      row.built_at?.toISOString() === LONG_AGO ||
      Number(row.current_version) === 99 ||
      row.withdrawn_at?.toISOString() === LONG_AGO,
  ),
)
for (const slug of ['..', '../x', 'index.html', 'a/b']) {
  probe(
    'rules',
    `update: slug "${slug}"`,
    ruleUpdate(
      () => f.rules.moderated.id,
      () => ({ slug }),
      (row, before) => row.slug !== before.slug,
    ),
  )
}

// ---- rule-reports ----

/** A fresh open report of the moderated rule, straight into the table (a target rows may change or delete). */
async function newReport(): Promise<string> {
  return (
    await one(`insert into rule_reports (rule_id, reason, note, status) values ($1, 'spam', $2, 'open') returning id`, [
      f.rules.moderated.id,
      marker('report'),
    ])
  ).id
}
const reportRow = async (id: string) =>
  one<{ rule_id: string; reason: string; note: string | null; status: string; reporter: string | null }>(
    'select * from rule_reports where id = $1',
    [id],
  )
const reportCount = async (ruleId: string) =>
  Number((await one('select count(*)::int as n from rule_reports where rule_id = $1', [ruleId])).n)

/** A visitor's report through the BFF: `allowed` when it answers 201 and the report is stored. */
const reportVia = (which: 'visible' | 'hidden') => ({
  REST: async (c: Caller) => {
    const ruleId = f.rules[which].id
    const before = await reportCount(ruleId)
    const r = await c.rest('POST', `/api/rules/${ruleId}/reports`, { reason: 'other', note: marker('bff-report') })
    return seen(r, writeOutcome(r, restError(r), r.status === 201 && (await reportCount(ruleId)) === before + 1))
  },
})
probe('rule-reports', 'report via the BFF', reportVia('visible'))
probe('rule-reports', 'report a hidden rule via the BFF', reportVia('hidden'))
readProbes('rule-reports', () => f.report)
writeProbes('rule-reports', {
  create: (m) => ({ rule: f.rules.visible.id, reason: 'spam', note: m, status: 'open' }),
  created: async (m) => Boolean(await one('select 1 from rule_reports where note = $1', [m])),
  update: {
    target: newReport,
    data: () => ({ status: 'dismissed' }),
    landed: async (id) => (await reportRow(id))?.status === 'dismissed',
  },
  deleteTarget: newReport,
})
probe('rule-reports', 'update: rule, reason, note, reporter', {
  REST: async (c) => {
    const [id, m] = [await newReport(), marker('rewrite')]
    const before = await reportRow(id)
    const r = await c.rest('PATCH', `/cms-api/rule-reports/${id}`, {
      rule: f.rules.visible.id,
      reason: 'other',
      note: m,
      reporter: m,
    })
    const after = await reportRow(id)
    const landed =
      after.rule_id !== before.rule_id || after.reason !== before.reason || after.note === m || after.reporter === m
    return seen(r, writeOutcome(r, restError(r), landed))
  },
  GraphQL: async (c) => {
    const [id, m] = [await newReport(), marker('rewrite')]
    const before = await reportRow(id)
    const r = await c.gql(
      `mutation($id: String!, $data: mutationRuleReportUpdateInput!) { updateRuleReport(id: $id, data: $data) { id } }`,
      { id, data: { rule: f.rules.visible.id, reason: 'other', note: m, reporter: m } },
    )
    const after = await reportRow(id)
    const landed =
      after.rule_id !== before.rule_id || after.reason !== before.reason || after.note === m || after.reporter === m
    return seen(r, writeOutcome(r, gqlError(r, 'updateRuleReport'), landed))
  },
})

probe('rule-templates', 'preview the latest draft', {
  REST: async (c) => {
    const r = await c.rest('GET', `/preview/templates/${f.templates.draftOnly}`)
    const shown = r.text.includes(`/templates/${f.templates.draftOnlySlug}/`) && r.text.includes('unpublished draft')
    return seen(r, restError(r) ?? (shown ? 'drafts' : 'partial'))
  },
})

// ---- methods ----

/** A valid method of the values group named `m` (slug too). */
function methodData(m: string) {
  return { slug: m, name: m, group: 'values', summary: m, details: { meaning: m, warningSigns: m } }
}
readProbes('methods', () => f.methods.published)
probe('methods', 'findByID (published)', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/methods/${f.methods.published}?depth=0`)
    return seen(r, restError(r) ?? (r.json?.id === f.methods.published ? 'allowed' : 'partial'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`query($id: String!) { Method(id: $id) { id } }`, { id: f.methods.published })
    return seen(r, gqlError(r, 'Method') ?? 'allowed')
  },
})
probe('methods', 'findByID (draft-only)', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/methods/${f.methods.draftOnly}?depth=0&draft=true`)
    return seen(r, restError(r) ?? (r.json?.id === f.methods.draftOnly ? 'allowed' : 'partial'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`query($id: String!) { Method(id: $id, draft: true) { id } }`, { id: f.methods.draftOnly })
    return seen(r, gqlError(r, 'Method') ?? 'allowed')
  },
})
const newMethod = async () =>
  (await f.setup.rest('POST', '/cms-api/methods', methodData(marker('method')))).json.doc.id as string
writeProbes('methods', {
  create: (m) => methodData(m),
  created: async (m) => Boolean(await one('select 1 from methods where slug = $1', [m])),
  update: {
    target: newMethod,
    data: (m) => ({ summary: m }),
    landed: async (id, m) => (await one('select summary from methods where id = $1', [id]))?.summary === m,
  },
  deleteTarget: newMethod,
})
probe('methods', 'versions', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/methods/versions?depth=0&limit=5`)
    return seen(r, restError(r) ?? (Array.isArray(r.json?.docs) && r.json.totalDocs > 0 ? 'allowed' : 'partial'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ versionsMethods(limit: 5) { totalDocs docs { id } } }`)
    return seen(
      r,
      gqlError(r, 'versionsMethods') ?? (r.json.data.versionsMethods.totalDocs > 0 ? 'allowed' : 'partial'),
    )
  },
})

// ---- site-builds ----

readProbes('site-builds', () => f.siteBuild)
// A build no real one could be: its `seconds` is the marker's counter plus 10,000.
const markerSeconds = (m: string) => 10_000 + Number(m.split('-').at(-1))
writeProbes('site-builds', {
  create: (m) => ({ kind: 'full', pages: 1, removed: 0, seconds: markerSeconds(m) }),
  created: async (m) => Boolean(await one('select 1 from site_builds where seconds = $1', [markerSeconds(m)])),
  update: {
    target: () => f.siteBuild,
    data: () => ({ pages: 999_999 }),
    landed: async (id) => (await one('select pages from site_builds where id = $1', [id]))?.pages === 999_999,
  },
  deleteTarget: async () =>
    (await one(`insert into site_builds (kind, pages, removed, seconds) values ('full', 1, 0, 0.1) returning id`)).id,
})

// ---- rule-versions and rule-stewards: recorded by the BFF, read by editors ----

/** Version `number` of the visible rule, straight into the table (a target to update or delete). */
const newVersion = async (number: number) =>
  (
    await one(
      `insert into rule_versions (rule_id, number, title, document, published_at)
       select id, $2, title, document, now() from rules where id = $1 returning id`,
      [f.rules.visible.id, number],
    )
  ).id as string
const versionNumber = (m: string) => 1_000 + Number(m.split('-').at(-1))
const markerDate = (m: string) => new Date(Date.UTC(2001, 0, 1) + versionNumber(m) * 1000)
readProbes('rule-versions', () => f.ruleVersion)
writeProbes('rule-versions', {
  create: (m) => ({
    rule: f.rules.visible.id,
    number: versionNumber(m),
    title: m,
    document: { title: m, sections: [{ id: 'a', kind: 'values', title: 'A' }] },
    publishedAt: new Date().toISOString(),
  }),
  created: async (m) => Boolean(await one('select 1 from rule_versions where title = $1', [m])),
  update: {
    target: () => f.ruleVersion,
    data: (m) => ({ note: m }),
    landed: async (id, m) => (await one('select note from rule_versions where id = $1', [id]))?.note === m,
  },
  deleteTarget: async () => newVersion(5_000 + ++f.counter),
})

/** A steward row of member B for the visible rule (a target to delete), replacing any earlier one. */
const newSteward = async () => {
  await one('delete from rule_stewards where rule_id = $1 and member_id = $2', [f.rules.visible.id, f.memberB.id])
  return (
    await one(
      `insert into rule_stewards (rule_id, member_id, role, accepted_at) values ($1, $2, 'steward', now()) returning id`,
      [f.rules.visible.id, f.memberB.id],
    )
  ).id as string
}
readProbes('rule-stewards', () => f.ruleSteward)
writeProbes('rule-stewards', {
  // The marker is in acceptedAt: a steward row nobody could have made another way.
  create: (m) => ({
    rule: f.rules.visible.id,
    member: f.memberB.id,
    role: 'steward',
    acceptedAt: markerDate(m).toISOString(),
  }),
  created: async (m) => Boolean(await one('select 1 from rule_stewards where accepted_at = $1', [markerDate(m)])),
  update: {
    target: () => f.ruleSteward,
    data: () => ({ role: 'steward' }),
    landed: async (id) => (await one('select role from rule_stewards where id = $1', [id]))?.role === 'steward',
  },
  deleteTarget: newSteward,
})

// ---- steward-invitations ----

/** A pending invitation of the visible rule, straight into the table (a target to delete). */
const newInvitation = async () =>
  (
    await one(
      `insert into steward_invitations (rule_id, email, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day') returning id`,
      [f.rules.visible.id, `${marker('invite')}@example.org`, marker('hash')],
    )
  ).id as string
readProbes('steward-invitations', () => f.invitation)
probe('steward-invitations', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/steward-invitations?depth=0&limit=50`)
    const docs = r.json?.docs as Array<{ tokenHash?: unknown }> | undefined
    // A token hash is as private as an email: seeing one is the same failure.
    return seen(r, restError(r) ?? (docs?.some((doc) => doc.tokenHash != null) ? 'leaks-email' : 'allowed'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ StewardInvitations(limit: 50) { docs { id email } } }`)
    return seen(r, gqlError(r, 'StewardInvitations') ?? 'allowed')
  },
})
writeProbes('steward-invitations', {
  create: (m) => ({
    rule: f.rules.visible.id,
    email: `${m}@example.org`,
    tokenHash: m,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  }),
  created: async (m) => Boolean(await one('select 1 from steward_invitations where email = $1', [`${m}@example.org`])),
  update: {
    target: () => f.invitation,
    data: (m) => ({ email: `${m}@example.org` }),
    landed: async (id, m) =>
      (await one('select email from steward_invitations where id = $1', [id]))?.email === `${m}@example.org`,
  },
  deleteTarget: newInvitation,
})

// ---- members ----

readProbes('members', () => f.memberA.id)
writeProbes('members', {
  create: (m) => ({ email: `${m}@example.org`, displayName: m }),
  created: async (m) => Boolean(await one('select 1 from members where email = $1', [`${m}@example.org`])),
  update: {
    target: () => f.memberB.id,
    data: (m) => ({ displayName: m }),
    landed: async (id, m) => (await one('select display_name from members where id = $1', [id]))?.display_name === m,
  },
  deleteTarget: newMember,
})

// ---- users ----

probe('users', 'me (member cookie dropped)', {
  REST: async (c) => {
    const r = await c.rest('GET', '/cms-api/users/me')
    const user = r.json?.user
    return seen(
      r,
      restError(r) ??
        (user === null ? 'anonymous' : user?.email && f.emails.slice(2).includes(user.email) ? 'self' : 'partial'),
    )
  },
  GraphQL: async (c) => {
    const r = await c.gql('{ meUser { user { id email } } }')
    const user = r.json?.data?.meUser?.user
    return seen(r, gqlError(r, 'meUser') ?? (user === null ? 'anonymous' : user?.email ? 'self' : 'partial'))
  },
})
/** Every user when the admin's and the editor's accounts are both listed; the editor's alone is own-only. */
const usersSeen = (ids: string[]): Outcome =>
  ids.includes(f.admin.id) && ids.includes(f.editor.id)
    ? 'allowed'
    : ids.length === 1 && ids[0] === f.editor.id
      ? 'own-only'
      : 'partial'
probe('users', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', '/cms-api/users?depth=0&limit=100')
    return seen(r, restError(r) ?? usersSeen((r.json.docs ?? []).map((d: { id: string }) => d.id)))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`{ Users(limit: 100) { docs { id email } } }`)
    return seen(r, gqlError(r, 'Users') ?? usersSeen(r.json.data.Users.docs.map((d: { id: string }) => d.id)))
  },
})
probe('users', 'findByID (admin)', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/users/${f.admin.id}?depth=0`)
    return seen(r, restError(r) ?? (r.json.id === f.admin.id ? 'allowed' : 'partial'))
  },
  GraphQL: async (c) => {
    const r = await c.gql(`query($id: String!) { User(id: $id) { id email } }`, { id: f.admin.id })
    return seen(r, gqlError(r, 'User') ?? 'allowed')
  },
})
const userRow = async (id: string) =>
  one<{ name: string | null; role: string }>('select name, role from users where id = $1', [id])
probe('users', 'create', {
  REST: async (c) => {
    const email = `${marker('user')}@example.org`
    const r = await c.rest('POST', '/cms-api/users', { email, password: PASSWORD, role: 'editor' })
    return seen(r, writeOutcome(r, restError(r), Boolean(await one('select 1 from users where email = $1', [email]))))
  },
  GraphQL: async (c) => {
    const email = `${marker('user')}@example.org`
    const r = await c.gql(`mutation($data: mutationUserInput!) { createUser(data: $data) { id } }`, {
      data: { email, password: PASSWORD, role: 'editor' },
    })
    return seen(
      r,
      writeOutcome(r, gqlError(r, 'createUser'), Boolean(await one('select 1 from users where email = $1', [email]))),
    )
  },
})
/** An update of a CMS user; undoes a role change that landed so later rows see the same accounts. */
function userUpdate(
  target: () => string,
  data: (m: string) => Record<string, unknown>,
  landed: (row: { name: string | null; role: string }, m: string) => boolean,
) {
  const restore = async (id: string, before: { role: string }) => {
    if ((await userRow(id)).role !== before.role) await q('update users set role = $2 where id = $1', [id, before.role])
  }
  return {
    REST: async (c: Caller) => {
      const [id, m] = [target(), marker('name')]
      const before = await userRow(id)
      const r = await c.rest('PATCH', `/cms-api/users/${id}`, data(m))
      const outcome = writeOutcome(r, restError(r), landed(await userRow(id), m))
      await restore(id, before)
      return seen(r, outcome)
    },
    GraphQL: async (c: Caller) => {
      const [id, m] = [target(), marker('name')]
      const before = await userRow(id)
      const r = await c.gql(
        `mutation($id: String!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }`,
        { id, data: data(m) },
      )
      const outcome = writeOutcome(r, gqlError(r, 'updateUser'), landed(await userRow(id), m))
      await restore(id, before)
      return seen(r, outcome)
    },
  }
}
probe(
  'users',
  "update name (editor's account)",
  userUpdate(
    () => f.editor.id,
    (m) => ({ name: m }),
    (row, m) => row.name === m,
  ),
)
probe(
  'users',
  "update role → admin (editor's account)",
  userUpdate(
    () => f.editor.id,
    () => ({ role: 'admin' }),
    (row) => row.role === 'admin',
  ),
)
probe(
  'users',
  "update name (admin's account)",
  userUpdate(
    () => f.admin.id,
    (m) => ({ name: m }),
    (row, m) => row.name === m,
  ),
)
probe('users', 'delete', {
  REST: async (c) => {
    const id = await newUser()
    const r = await c.rest('DELETE', `/cms-api/users/${id}`)
    return seen(r, writeOutcome(r, restError(r), !(await exists('users', id))))
  },
  GraphQL: async (c) => {
    const id = await newUser()
    const r = await c.gql(`mutation($id: String!) { deleteUser(id: $id) { id } }`, { id })
    return seen(r, writeOutcome(r, gqlError(r, 'deleteUser'), !(await exists('users', id))))
  },
})
probe('users', 'first-register (empty database)', {
  REST: async () => {
    // Done (or found done) by the fixtures: the first account must come out as an admin.
    const reply: Reply = {
      request: f.firstUser.registeredHere
        ? 'POST /cms-api/users/first-register {"role":"editor",…}'
        : 'SELECT role FROM users ORDER BY created_at LIMIT 1 (registered before this run)',
      status: 200,
      text: f.firstUser.body ?? f.firstUser.role,
      json: undefined,
      headers: {},
    }
    return seen(reply, f.firstUser.role === 'admin' ? 'becomes-admin' : 'partial')
  },
})
probe('users', 'first-register (users exist)', {
  REST: async (c) => {
    const email = `${marker('first')}@example.org`
    const r = await c.rest('POST', '/cms-api/users/first-register', {
      email,
      password: PASSWORD,
      'confirm-password': PASSWORD,
    })
    return seen(r, writeOutcome(r, restError(r), Boolean(await one('select 1 from users where email = $1', [email]))))
  },
})

// ---- server-only collections ----

/** Member A must still be signed in as member A after any attempt on the sessions collection. */
async function stillMemberA(observation: Observation): Promise<Observation> {
  const session = await f.callers.memberA.api.get('/api/auth/session')
  const user = (await session.json()).user
  if (user?.id === f.memberA.id) return observation
  const reply = await toReply('GET /api/auth/session (as member A, afterwards)', session)
  return { outcome: 'allowed', replies: [...observation.replies, reply] }
}
const sessionRow = async () =>
  one<{ member_id: string; expires_at: Date }>('select member_id, expires_at from sessions where id = $1', [
    f.memberA.sessionId,
  ])
function sessionUpdate(
  data: () => Record<string, unknown>,
  landed: (row: { member_id: string; expires_at: Date } | undefined) => boolean,
) {
  return {
    REST: async (c: Caller) => {
      const r = await c.rest('PATCH', `/cms-api/sessions/${f.memberA.sessionId}`, data())
      return stillMemberA(seen(r, writeOutcome(r, restError(r), landed(await sessionRow()))))
    },
    GraphQL: async (c: Caller) => {
      const r = await c.gql(
        `mutation($id: String!, $data: mutationSessionUpdateInput!) { updateSession(id: $id, data: $data) { id } }`,
        {
          id: f.memberA.sessionId,
          data: data(),
        },
      )
      return stillMemberA(seen(r, writeOutcome(r, gqlError(r, 'updateSession'), landed(await sessionRow()))))
    },
  }
}
readProbes('sessions', () => f.memberA.sessionId)
writeProbes('sessions', {
  create: (m) => ({ member: f.memberB.id, tokenHash: m, lastUsedAt: new Date().toISOString(), expiresAt: FAR_FUTURE }),
  created: async (m) => Boolean(await one('select 1 from sessions where token_hash = $1', [m])),
  deleteTarget: () => f.memberA.sessionId,
})
// Wrap: every sessions row also checks member A is still signed in as A.
for (const operation of ['find', 'findByID', 'create', 'delete']) {
  const byTransport = probes.get(`sessions | ${operation}`)!
  for (const transport of ['REST', 'GraphQL'] as const) {
    const inner = byTransport[transport]!
    byTransport[transport] = async (c) => stillMemberA(await inner(c))
  }
}
probe(
  'sessions',
  'update: member → member B (takeover)',
  sessionUpdate(
    () => ({ member: f.memberB.id }),
    (row) => row?.member_id !== f.memberA.id,
  ),
)
probe(
  'sessions',
  'update: expiresAt → 2099',
  sessionUpdate(
    () => ({ expiresAt: FAR_FUTURE }),
    (row) => row?.expires_at.toISOString() === FAR_FUTURE,
  ),
)
probe('sessions', 'update (bulk, ?where)', {
  REST: async (c) => {
    const r = await c.rest('PATCH', `/cms-api/sessions?where[id][equals]=${f.memberA.sessionId}`, {
      member: f.memberB.id,
      expiresAt: FAR_FUTURE,
    })
    const row = await sessionRow()
    return stillMemberA(
      seen(
        r,
        writeOutcome(r, restError(r), row?.member_id !== f.memberA.id || row.expires_at.toISOString() === FAR_FUTURE),
      ),
    )
  },
})

const draftState = (m: string) => ({ step: 'sections', document: { title: m }, updatedAt: new Date().toISOString() })
readProbes('drafts', () => f.memberA.draftId)
writeProbes('drafts', {
  create: (m) => ({ member: f.memberB.id, name: m, state: draftState(m), version: 1 }),
  created: async (m) => Boolean(await one(`select 1 from drafts where state->'document'->>'title' = $1`, [m])),
  update: {
    target: () => f.memberA.draftId,
    // Also tries to rename it and tie it to another rule's amendment slot.
    data: (m) => ({ state: draftState(m), member: f.memberB.id, name: m, rule: f.rules.visible.id }),
    landed: async (id, m) => {
      const row = await one(
        `select member_id, name, rule_id, state->'document'->>'title' as title from drafts where id = $1`,
        [id],
      )
      return row?.title === m || row?.member_id !== f.memberA.id || row?.name === m || row?.rule_id !== null
    },
  },
  deleteTarget: () => f.memberA.draftId,
})

readProbes('otp-challenges', () => f.memberA.otpId)
writeProbes('otp-challenges', {
  create: (m) => ({ email: `${m}@example.org`, purpose: 'sign-in', codeHash: m, expiresAt: FAR_FUTURE, attempts: 0 }),
  created: async (m) => Boolean(await one('select 1 from otp_challenges where code_hash = $1', [m])),
  update: {
    target: () => f.memberA.otpId,
    // Also tries to turn a sign-in code into one confirming an email change for someone.
    data: (m) => ({
      codeHash: m,
      purpose: `change-email:${f.memberB.id}`,
      attempts: 0,
      consumedAt: null,
      expiresAt: FAR_FUTURE,
    }),
    landed: async (id, m) => {
      const row = await one('select code_hash, purpose, expires_at from otp_challenges where id = $1', [id])
      return row?.code_hash === m || row?.purpose !== 'sign-in' || row?.expires_at?.toISOString() === FAR_FUTURE
    },
  },
  deleteTarget: () => f.memberA.otpId,
})

readProbes('idempotency-keys', () => f.memberA.idempotencyId)
writeProbes('idempotency-keys', {
  create: (m) => ({
    key: m,
    member: f.memberA.id,
    route: 'POST /api/rules',
    requestHash: m,
    status: 'done',
    responseStatus: 201,
    responseBody: { m },
    expiresAt: FAR_FUTURE,
  }),
  created: async (m) => Boolean(await one('select 1 from idempotency_keys where key = $1', [m])),
  update: {
    target: () => f.memberA.idempotencyId,
    data: (m) => ({ responseBody: { rule: { id: m } }, requestHash: m }),
    landed: async (id, m) =>
      (await one('select request_hash from idempotency_keys where id = $1', [id]))?.request_hash === m,
  },
  deleteTarget: () => f.memberA.idempotencyId,
})

// ---- payload-jobs ----

readProbes('payload-jobs', () => f.job)
writeProbes('payload-jobs', {
  create: (m) => ({ taskSlug: 'cleanupExpired', queue: m, input: { m } }),
  created: async (m) => Boolean(await one('select 1 from payload_jobs where queue = $1', [m])),
  deleteTarget: () => f.job,
  createOperation: 'queue (create)',
})
probe('payload-jobs', 'cancel (update)', {
  REST: async (c) => {
    const r = await c.rest('PATCH', `/cms-api/payload-jobs/${f.job}`, {
      hasError: true,
      completedAt: new Date().toISOString(),
      error: { cancelled: true },
    })
    return seen(
      r,
      writeOutcome(
        r,
        restError(r),
        Boolean((await one('select has_error from payload_jobs where id = $1', [f.job]))?.has_error),
      ),
    )
  },
  GraphQL: async (c) => {
    const r = await c.gql(
      `mutation($id: String!, $data: mutationPayloadJobUpdateInput!) { updatePayloadJob(id: $id, data: $data) { id } }`,
      {
        id: f.job,
        data: { hasError: true, completedAt: new Date().toISOString(), error: { cancelled: true } },
      },
    )
    return seen(
      r,
      writeOutcome(
        r,
        gqlError(r, 'updatePayloadJob'),
        Boolean((await one('select has_error from payload_jobs where id = $1', [f.job]))?.has_error),
      ),
    )
  },
})
for (const endpoint of ['run', 'handle-schedules']) {
  probe('payload-jobs', endpoint, {
    // A queue with no jobs: the cell is about who may trigger the runner, not about running anything.
    REST: async (c) => {
      const r = await c.rest('GET', `/cms-api/payload-jobs/${endpoint}?queue=matrix-${run}-empty&limit=1`)
      return seen(r, restError(r) ?? 'allowed')
    },
  })
}

// ---- payload-preferences, payload-locked-documents, payload-migrations ----

const ownKey = (c: Caller) => (c.role === 'admin' ? f.prefKeys.admin : f.prefKeys.editor)
const otherKey = (c: Caller) => (c.role === 'editor' ? f.prefKeys.admin : f.prefKeys.editor)
function preferencesSeen(c: Caller, keys: string[]): Outcome {
  if (keys.includes(otherKey(c))) return 'allowed'
  return keys.includes(ownKey(c)) ? 'own-only' : 'partial'
}
probe('payload-preferences', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', `/cms-api/payload-preferences?depth=0&limit=100&where[key][like]=matrix-${run}`)
    return seen(
      r,
      restError(r) ??
        preferencesSeen(
          c,
          (r.json.docs as { key: string }[]).map((doc) => doc.key),
        ),
    )
  },
  GraphQL: async (c) => {
    const r = await c.gql(
      `query($like: String) { PayloadPreferences(limit: 100, where: { key: { like: $like } }) { docs { id key } } }`,
      { like: `matrix-${run}` },
    )
    return seen(
      r,
      gqlError(r, 'PayloadPreferences') ??
        preferencesSeen(
          c,
          (r.json.data.PayloadPreferences.docs as { key: string }[]).map((doc) => doc.key),
        ),
    )
  },
})
probe('payload-preferences', 'get by key', {
  // Staff ask for their own key and then the other user's: they must get their own value only.
  REST: async (c) => {
    if (!c.staff) {
      const r = await c.rest('GET', `/cms-api/payload-preferences/${f.prefKeys.editor}`)
      // Payload answers 200 {"message":"Not Found","value":null} when it has nothing for the caller.
      return seen(
        r,
        restError(r) ??
          (r.json?.value?.run === run ? 'allowed' : r.status === 200 && r.json?.value === null ? 'empty' : 'partial'),
      )
    }
    const own = await c.rest('GET', `/cms-api/payload-preferences/${ownKey(c)}`)
    const other = await c.rest('GET', `/cms-api/payload-preferences/${otherKey(c)}`)
    const replies = [own, other]
    if (replies.some((reply) => reply.status >= 500)) return { outcome: 'server-error', replies }
    const ownOk = own.status === 200 && own.json?.value?.run === run
    const otherHidden = other.status === 404 || other.json?.value?.run !== run
    return { outcome: ownOk && otherHidden ? 'own-only' : 'partial', replies }
  },
})
probe('payload-preferences', 'set by key', {
  REST: async (c) => {
    const key = marker('pref')
    const r = await c.rest('POST', `/cms-api/payload-preferences/${key}`, { value: { run } })
    return seen(
      r,
      writeOutcome(r, restError(r), Boolean(await one('select 1 from payload_preferences where key = $1', [key]))),
    )
  },
})
probe('payload-locked-documents', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', '/cms-api/payload-locked-documents?depth=0&limit=5')
    return seen(r, restError(r) ?? 'allowed')
  },
  GraphQL: async (c) => {
    const r = await c.gql('{ PayloadLockedDocuments(limit: 5) { docs { id } } }')
    return seen(r, gqlError(r, 'PayloadLockedDocuments') ?? 'allowed')
  },
})
probe('payload-locked-documents', 'create', {
  // A lock on a made-up global, so no real document is locked; removed again right away.
  REST: async (c) => {
    const slug = marker('lock')
    const user = c.role === 'admin' ? f.admin.id : f.editor.id
    const r = await c.rest('POST', '/cms-api/payload-locked-documents', {
      globalSlug: slug,
      user: { relationTo: 'users', value: user },
    })
    const landed = Boolean(await one('select 1 from payload_locked_documents where global_slug = $1', [slug]))
    await q('delete from payload_locked_documents where global_slug = $1', [slug])
    return seen(r, writeOutcome(r, restError(r), landed))
  },
})
probe('payload-migrations', 'find', {
  REST: async (c) => {
    const r = await c.rest('GET', '/cms-api/payload-migrations')
    return seen(r, r.status === 404 ? 'no-route' : (restError(r) ?? 'allowed'))
  },
  GraphQL: async (c) => {
    const r = await c.gql('{ PayloadMigrations { docs { id name } } }')
    return seen(r, gqlError(r, 'PayloadMigrations') ?? 'allowed')
  },
})

// ---- the guard ----

/** 413 with the error contract and a request id, or 'bad-contract'. */
function tooLarge(reply: Reply): Outcome {
  const error = restError(reply)
  if (error !== 'too-large') return error ?? 'allowed'
  const body = reply.json?.error
  const contract =
    typeof body?.code === 'string' && typeof body?.message === 'string' && typeof body?.requestId === 'string'
  return contract && reply.headers['x-request-id'] === body.requestId ? 'too-large' : 'bad-contract'
}
const SIX_MB = 6 * 1024 * 1024
probe('(guard)', 'body over the cap (6 MB JSON)', {
  REST: async (c) => {
    const body = JSON.stringify({ title: 'Huge', slug: 'huge', document: ruleDocument('x'.repeat(SIX_MB)) })
    const r = await c.rest('POST', '/cms-api/rules', body, { 'content-type': 'application/json' })
    return seen(r, tooLarge(r))
  },
  GraphQL: async (c) => {
    const body = JSON.stringify({ query: `mutation { createRule(data: { title: "${'x'.repeat(SIX_MB)}" }) { id } }` })
    const r = await c.rest('POST', '/cms-api/graphql', body, { 'content-type': 'application/json' })
    return seen(r, tooLarge(r))
  },
})
probe('(guard)', 'chunked body over the cap', {
  REST: async (c) => {
    const { cookies } = await c.api.storageState()
    const cookie = cookies.map((each) => `${each.name}=${each.value}`).join('; ')
    const url = new URL('/cms-api/rules', test.info().project.use.baseURL)
    const reply = await new Promise<Reply>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'transfer-encoding': 'chunked',
            origin: url.origin,
            'x-forwarded-for': c.ip,
            ...(cookie ? { cookie } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let json: any
            try {
              json = JSON.parse(text)
            } catch {
              json = undefined
            }
            resolve({
              request: 'POST /cms-api/rules (Transfer-Encoding: chunked, 3 × 1 MB chunks)',
              status: response.statusCode ?? 0,
              text,
              json,
              headers: response.headers as Record<string, string>,
            })
          })
        },
      )
      // The server may answer and close before the whole body is sent; that is the point.
      request.on('error', (err) =>
        err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err),
      )
      const chunk = 'x'.repeat(1024 * 1024)
      request.write('{"title":"chunked","document":{"summary":"')
      for (let i = 0; i < 3; i++) request.write(chunk)
      request.end('"}}')
    })
    return seen(reply, tooLarge(reply))
  },
})
const EVIL = { origin: 'https://evil.example' }
probe('(guard)', 'write with Origin: https://evil.example', {
  REST: async (c) => {
    const r = await c.rest('POST', '/cms-api/rule-templates', templateData(marker('evil'), 'evil'), EVIL)
    return seen(r, restError(r) ?? 'allowed')
  },
  GraphQL: async (c) => {
    const r = await c.gql(
      'mutation($id: String!) { updateRule(id: $id, data: { hidden: true, hiddenReason: "evil" }) { id } }',
      { id: f.rules.visible.id },
      EVIL,
    )
    return seen(r, gqlError(r, 'updateRule') ?? 'allowed')
  },
})
/**
 * Wrong passwords for the editor from one fresh client. The BFF allows 10 sign-in attempts per
 * email + client (LIMITS.cmsSignInPerEmailIp), so the 11th must be refused.
 */
async function bruteForce(send: (api: APIRequestContext) => Promise<Reply>, ip: string): Promise<Observation> {
  const attacker = await f.newContext(ip)
  let reply!: Reply
  let attempts = 0
  while (attempts < 11) {
    reply = await send(attacker)
    attempts++
    if (reply.status === 429 || reply.status >= 500) break
  }
  await attacker.dispose()
  reply = { ...reply, request: `${reply.request} (attempt ${attempts} from ${ip})` }
  if (reply.status === 429)
    return seen(
      reply,
      reply.json?.error?.code === 'rate_limited' && reply.headers['retry-after'] && attempts === 11
        ? 'rate-limited'
        : 'bad-contract',
    )
  return seen(reply, restError(reply) ?? gqlError(reply, 'loginUser') ?? 'allowed')
}
probe('(guard)', 'wrong editor password ×11 from one client', {
  REST: () =>
    bruteForce(
      async (api) =>
        toReply(
          'POST /cms-api/users/login {wrong password}',
          await api.post('/cms-api/users/login', {
            data: { email: f.editor.email, password: 'wrong-guess' },
            failOnStatusCode: false,
          }),
        ),
      ipFor(100),
    ),
  GraphQL: () =>
    bruteForce(
      async (api) =>
        toReply(
          'POST /cms-api/graphql loginUser {wrong password}',
          await api.post('/cms-api/graphql', {
            data: {
              query:
                'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
              variables: { email: f.editor.email, password: 'wrong-guess' },
            },
            failOnStatusCode: false,
          }),
        ),
      ipFor(101),
    ),
})
probe('(guard)', 'the editor logs in from another client meanwhile', {
  REST: async () => {
    const api = await f.newContext(ipFor(110))
    const r = await toReply(
      'POST /cms-api/users/login {right password}',
      await api.post('/cms-api/users/login', {
        data: { email: f.editor.email, password: f.editor.password },
        failOnStatusCode: false,
      }),
    )
    await api.dispose()
    return seen(r, restError(r) ?? (r.json?.token ? 'allowed' : 'partial'))
  },
  GraphQL: async () => {
    const api = await f.newContext(ipFor(111))
    const r = await toReply(
      'POST /cms-api/graphql loginUser {right password}',
      await api.post('/cms-api/graphql', {
        data: {
          query:
            'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
          variables: { email: f.editor.email, password: f.editor.password },
        },
        failOnStatusCode: false,
      }),
    )
    await api.dispose()
    return seen(r, gqlError(r, 'loginUser') ?? (r.json.data.loginUser.token ? 'allowed' : 'partial'))
  },
})

// ---------------------------------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------------------------------

const accepts = (expected: Expected) => expected.split('|') as Outcome[]

function describeCell(row: Row, observation: Observation): string {
  const replies = observation.replies
    .map((reply) => `    ${reply.request}\n    → ${reply.status} ${reply.text.replace(/\s+/g, ' ').slice(0, 400)}`)
    .join('\n')
  return `${rowName(row)}: expected ${row.expected}, got ${observation.outcome}\n${replies}`
}

test('access matrix: every cell against the running product', async ({ playwright, baseURL }) => {
  // ~60 s on an idle 2-core machine for about 875 cells; room for a loaded one.
  test.setTimeout(180_000)

  // The table itself: a probe for every row; member cells equal anonymous cells (one gate).
  const missing = matrix
    .filter((row) => !probes.get(`${row.collection} | ${row.operation}`)?.[row.transport])
    .map(rowName)
  expect(missing, 'rows without a probe').toEqual([])
  for (const row of matrix.filter((each) => each.role === 'memberA' || each.role === 'memberB')) {
    const anonymous = matrix.find(
      (each) =>
        each.role === 'anonymous' &&
        each.collection === row.collection &&
        each.operation === row.operation &&
        each.transport === row.transport,
    )
    expect(row.expected, `${rowName(row)} must equal the anonymous cell`).toBe(anonymous?.expected)
  }

  f = await setupFixtures(playwright, baseURL!)
  const failures: string[] = []
  const observed: (Row & { observed: Outcome; statuses: number[] })[] = []
  try {
    for (const row of matrix) {
      const caller = f.callers[row.role]
      let observation: Observation
      try {
        observation = await probes.get(`${row.collection} | ${row.operation}`)![row.transport]!(caller)
      } catch (error) {
        failures.push(`${rowName(row)}: the probe itself failed: ${(error as Error).message}`)
        continue
      }
      // Non-editors never see a member's or a CMS user's email, whatever the cell.
      if (!caller.staff && observation.replies.some((reply) => f.emails.some((email) => reply.text.includes(email)))) {
        observation = { ...observation, outcome: 'leaks-email' }
      }
      observed.push({
        ...row,
        observed: observation.outcome,
        statuses: observation.replies.map((reply) => reply.status),
      })
      if (!accepts(row.expected).includes(observation.outcome)) failures.push(describeCell(row, observation))
    }
  } finally {
    if (process.env.ACCESS_MATRIX_OUT) writeFileSync(process.env.ACCESS_MATRIX_OUT, JSON.stringify(observed, null, 2))
    for (const caller of [...Object.values(f?.callers ?? {}), f?.setup].filter(Boolean)) await caller!.api.dispose()
    await pool?.end()
  }
  // One list of every cell that differs from the intended policy, each naming its row.
  const report = `${failures.length} of ${matrix.length} cells differ from the intended policy:\n\n${failures.join('\n\n')}\n`
  expect(failures.length, report).toBe(0)
})
