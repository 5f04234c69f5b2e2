/**
 * A real SMTP server (smtp-server) in the test process: the app delivers through nodemailer over TCP,
 * and tests read what arrived. It can be stopped and restarted on the same port to simulate an outage.
 */
import { SMTPServer } from 'smtp-server'

export type Mail = { to: string[]; raw: string; subject: string; code?: string }

export async function startSmtpSink(port = 0, onMail?: (mail: Mail) => void) {
  const messages: Mail[] = []
  const waiters: Array<() => void> = []
  let server: SMTPServer | undefined
  let boundPort = port

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            // Undo quoted-printable soft line breaks so tests can match sentences.
            const raw = Buffer.concat(chunks)
              .toString('utf8')
              .replace(/=\r?\n/g, '')
            const subject = /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? ''
            const code = /\b(\d{6})\b/.exec(subject)?.[1]
            const mail = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, subject, code }
            messages.push(mail)
            onMail?.(mail)
            waiters.splice(0).forEach((wake) => wake())
            callback()
          })
        },
      })
      server.once('error', reject)
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server!.server.address() as { port: number }).port
        resolve()
      })
    })

  await listen()

  return {
    messages,
    get url() {
      return `smtp://127.0.0.1:${boundPort}`
    },
    /** Resolves with the newest mail to `to` that arrives after `since` messages, or rejects after `timeoutMs`. */
    async waitForMail(to: string, { since = 0, timeoutMs = 15_000 } = {}): Promise<Mail> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = messages
          .slice(since)
          .filter((mail) => mail.to.includes(to.toLowerCase()))
          .at(-1)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 200)
        })
      }
    },
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
    restart: listen,
  }
}
