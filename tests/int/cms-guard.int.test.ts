/**
 * The guard in front of /cms-api (functions/middleware/cms-api-guard.ts) on the real BFF, with a stub
 * in place of Payload's Next app that answers every login "wrong password": the editor login limit
 * holds however the path or the GraphQL body is spelled, aliased mutations are refused before they
 * reach Payload, and a stranger's failures do not lock the editor out from their own client.
 * (The access matrix e2e runs the plain spellings against the real Payload.)
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestBff } from '../support/bff'

let bff: Awaited<ReturnType<typeof startTestBff>>
let stub: http.Server
const reached: string[] = []

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      reached.push(`${req.method} ${req.url}`)
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: 'The email or password provided is incorrect.' }] }))
    })
  })
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))
  const { port } = stub.address() as AddressInfo
  bff = await startTestBff('cms-guard', { CMS_INTERNAL_URL: `http://127.0.0.1:${port}` })
}, 120_000)
afterAll(async () => {
  await bff?.stop()
  await new Promise((resolve) => stub?.close(resolve))
})

/** A POST with the path exactly as written (fetch would resolve `..` and `.` first). */
function post(path: string, body: string, ip: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(bff.origin)
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', origin: bff.origin, 'x-forwarded-for': ip },
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const email = 'editor@example.org'
const restLogin = JSON.stringify({ email, password: 'guess' })
const gqlLogin = (password: string) =>
  JSON.stringify({ query: `mutation { loginUser(email: "${email}", password: "${password}") { token } }` })

describe('editor sign-in through the guard', () => {
  it('counts every spelling of a login against one limit: the 11th attempt from a client is 429 and never reaches Payload', async () => {
    const ip = '203.0.113.10'
    const attempts: Array<[string, string]> = [
      ['/cms-api/users/login', restLogin],
      ['/cms-api//users/login', restLogin],
      ['/cms-api/users//login', restLogin],
      ['/cms-api/users/%6cogin', restLogin],
      ['/cms-api/../cms-api/users/login', restLogin],
      ['/cms-api/users/./login', restLogin],
      ['/cms-api/users/login?depth=0', restLogin],
      ['/cms-api/graphql', gqlLogin('g1')],
      // JSON escapes: the body has no "loginUser", the query Payload parses does.
      [
        '/cms-api/graphql',
        `{"query":"mutation { log\\u0069nUser(email: \\"${email}\\", password: \\"g2\\") { token } }"}`,
      ],
      ['/cms-api//graphql', gqlLogin('g3')],
    ]
    reached.length = 0
    for (const [path, body] of attempts) expect((await post(path, body, ip)).status, path).toBe(401)
    expect(reached).toHaveLength(10)
    const eleventh = await post('/cms-api/users/%6cogin', restLogin, ip)
    expect(eleventh.status).toBe(429)
    expect(JSON.parse(eleventh.body).error.code).toBe('rate_limited')
    expect(reached).toHaveLength(10)
    // The editor, from their own client, is not locked out by a stranger's failures.
    expect((await post('/cms-api/users/login', restLogin, '203.0.113.99')).status).toBe(401)
  })

  it('refuses several sign-in mutations in one GraphQL request before Payload sees it', async () => {
    reached.length = 0
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: loginUser(email: "${email}", password: "guess${i}") { token }`,
    ).join(' ')
    const refused = await post('/cms-api/graphql', JSON.stringify({ query: `mutation { ${aliases} }` }), '203.0.113.20')
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body).error.code).toBe('one_sign_in_per_request')
    expect(reached).toEqual([])
  })
})
