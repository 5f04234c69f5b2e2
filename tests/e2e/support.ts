import { pbkdf2Sync, randomBytes } from 'node:crypto'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/** What scripts/e2e-server.ts wrote for this port: database URL, mail log, embed origin. */
export function e2eInfo(): { databaseUrl: string; mailLog: string; embedOrigin: string } {
  const port = process.env.E2E_PORT || '3100'
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', '.data', `e2e-${port}.json`), 'utf8'))
}

/** Reads rows straight from the database the e2e server uses, to compare with what pages show. */
export async function dbQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { databaseUrl } = e2eInfo()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Waits for the newest sign-in code mailed to `email` (the e2e server's SMTP sink writes a JSONL log). */
export async function readOtpCode(email: string, { after = 0, timeoutMs = 15_000 } = {}): Promise<string> {
  const { mailLog } = e2eInfo()
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const lines = readFileSync(mailLog, 'utf8').split('\n').filter(Boolean).slice(after)
    const mail = lines
      .map((line) => JSON.parse(line) as { to: string; subject: string })
      .filter((m) => m.to === email.toLowerCase())
      .at(-1)
    const code = mail && /\b(\d{6})\b/.exec(mail.subject)?.[1]
    if (code) return code
    if (Date.now() > deadline) throw new Error(`no sign-in code for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** How many mails the sink has received so far (pass as `after` to readOtpCode). */
export function mailCount(): number {
  const { mailLog } = e2eInfo()
  return readFileSync(mailLog, 'utf8').split('\n').filter(Boolean).length
}

/**
 * A CMS account straight in the database, as Payload stores one (its PBKDF2 salt and hash), so a test
 * can log in without the first-user screen or another account's session. Returns its id.
 */
export async function createStaffAccount(email: string, password: string, role: 'admin' | 'editor'): Promise<string> {
  const salt = randomBytes(32).toString('hex')
  const hash = pbkdf2Sync(password, salt, 25_000, 512, 'sha256').toString('hex')
  const [row] = await dbQuery<{ id: string }>(
    'insert into users (email, name, role, salt, hash) values ($1, $2, $3, $4, $5) returning id',
    [email, role === 'admin' ? 'Admin' : 'Editor', role, salt, hash],
  )
  return row!.id
}

/** Logs in to the admin at /admin/login through its form, as an editor would. */
export async function adminLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** Waits for the newest steward invitation mailed to `email` and returns its link. */
export async function readInviteLink(email: string, { after = 0, timeoutMs = 15_000 } = {}): Promise<string> {
  const { mailLog } = e2eInfo()
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const texts = readFileSync(mailLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(after)
      .map((line) => JSON.parse(line) as { to: string; text: string })
      .filter((m) => m.to === email.toLowerCase())
      // Quoted-printable: undo soft line breaks and =XX escapes.
      .map((m) =>
        m.text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      )
    const link = texts
      .map((text) => /https?:\/\/\S+\?invite=[A-Za-z0-9_-]+/.exec(text)?.[0])
      .filter(Boolean)
      .at(-1)
    if (link) return link
    if (Date.now() > deadline) throw new Error(`no steward invitation for ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
