import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { Users } from './collections/Users'
import { Members } from './collections/Members'
import { OtpChallenges } from './collections/OtpChallenges'
import { Sessions } from './collections/Sessions'
import { RuleTemplates } from './collections/RuleTemplates'
import { Rules } from './collections/Rules'
import { RuleReports } from './collections/RuleReports'
import { Drafts } from './collections/Drafts'
import { IdempotencyKeys } from './collections/IdempotencyKeys'
import { SiteBuilds } from './collections/SiteBuilds'
import { Methods } from './collections/Methods'
import { RuleVersions } from './collections/RuleVersions'
import { RuleStewards } from './collections/RuleStewards'
import { StewardInvitations } from './collections/StewardInvitations'
import { jobsConfig } from './jobs'
import { config, databaseUrl } from '@communityrule/core/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = config()
const serverURL = env.publicUrl

const smtpUrl = env.SMTP_URL
const fromAddress = env.SMTP_FROM
const fromMatch = /^(.*)<(.+)>$/.exec(fromAddress)

export default buildConfig({
  secret: env.PAYLOAD_SECRET || 'dev-only-payload-secret-change-me-please',
  serverURL,
  // Payload accepts its cookie only on requests from these origins (CSRF); the BFF's origin check in
  // front of /cms-api is the first line (functions/middleware/cms-api-guard.ts).
  csrf: [new URL(serverURL).origin],
  telemetry: false,
  // `/api` belongs to the BFF; Payload's REST and GraphQL move to /cms-api.
  routes: { admin: '/admin', api: '/cms-api' },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' — CommunityRule CMS' },
    // Payload's built-in avatar: the admin never asks gravatar.com (an editor's email hash stays here).
    avatar: 'default',
    components: { beforeDashboard: ['/components/EditorDashboard#EditorDashboard'] },
  },
  collections: [
    RuleTemplates,
    Methods,
    Rules,
    RuleVersions,
    RuleStewards,
    StewardInvitations,
    RuleReports,
    Members,
    Users,
    Sessions,
    OtpChallenges,
    Drafts,
    IdempotencyKeys,
    SiteBuilds,
  ],
  db: postgresAdapter({
    pool: {
      connectionString: databaseUrl(),
      max: env.DB_POOL_MAX,
      // Bounded work: no statement or idle transaction outlives 5 s (idempotent publish relies on it).
      statement_timeout: 5_000,
      idle_in_transaction_session_timeout: 5_000,
      connectionTimeoutMillis: 5_000,
    },
    idType: 'uuid',
    // Schema changes only through committed migrations, applied at start-up (cms/lib/migrate.ts).
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  // Without SMTP_URL Payload's console adapter logs mail instead of sending it (local development).
  email: smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: (fromMatch ? fromMatch[2] : fromAddress).trim(),
        defaultFromName: (fromMatch ? fromMatch[1] : 'CommunityRule').trim() || 'CommunityRule',
        transport: nodemailer.createTransport(smtpUrl),
        // Start-up must not depend on the mail server being up; the email job retries instead.
        skipVerify: true,
      })
    : undefined,
  jobs: jobsConfig,
  // The generated types live in core/data: the data layer is typed with them, and core imports nothing above it.
  typescript: { outputFile: path.resolve(dirname, '../core/data/payload-types.ts'), autoGenerate: false },
  graphQL: { disablePlaygroundInProduction: true },
})
