/**
 * Which /cms-api requests the guard counts as editor sign-in attempts (functions/middleware/cms-api-guard.ts):
 * every spelling of a path that Payload routes to its login endpoints, and every GraphQL body whose
 * query Payload would run as a sign-in mutation. Each one missed here was a way around the login
 * rate limit against the running product (issue 9).
 */
import { describe, expect, it } from 'vitest'
import { routedPath, signInAttempt } from '../../functions/middleware/cms-api-guard'

const login = JSON.stringify({ email: 'Editor@Example.org', password: 'guess' })
const gql = (query: string, variables?: object) => JSON.stringify({ query, variables })

describe('routedPath', () => {
  it.each([
    ['/cms-api/users/login', '/cms-api/users/login'],
    ['/cms-api/users/login/', '/cms-api/users/login'],
    ['/cms-api/users/login?depth=0', '/cms-api/users/login'],
    ['/cms-api//users/login', '/cms-api/users/login'],
    ['/cms-api/users//login', '/cms-api/users/login'],
    ['/cms-api/users/./login', '/cms-api/users/login'],
    ['/cms-api/../cms-api/users/login', '/cms-api/users/login'],
    ['/cms-api/users/%6cogin', '/cms-api/users/login'],
    ['/cms-api\\users\\login', '/cms-api/users/login'],
    ['/', '/'],
  ])('%s → %s', (url, path) => {
    expect(routedPath(url)).toBe(path)
  })
})

describe('signInAttempt', () => {
  it.each([
    '/cms-api/users/login',
    '/cms-api/users/login/',
    '/cms-api//users/login',
    '/cms-api/users//login',
    '/cms-api/users/%6cogin',
    '/cms-api/../cms-api/users/login',
    '/cms-api/users/./login?x=1',
  ])('counts REST %s, with its email', (url) => {
    expect(signInAttempt(url, login)).toEqual({ operations: 1, email: 'editor@example.org' })
  })

  it('counts the other sign-in style endpoints and a body it cannot read (per client only)', () => {
    for (const name of ['forgot-password', 'reset-password', 'unlock', 'first-register'])
      expect(signInAttempt(`/cms-api/users/${name}`, '{}')).toEqual({ operations: 1, email: '' })
    expect(signInAttempt('/cms-api/users/login', '--multipart--')).toEqual({ operations: 1, email: '' })
  })

  it('leaves other writes alone', () => {
    expect(signInAttempt('/cms-api/users', login)).toBeUndefined()
    expect(signInAttempt('/cms-api/users/logout', '{}')).toBeUndefined()
    expect(signInAttempt('/cms-api/rule-templates/login', login)).toBeUndefined()
    expect(signInAttempt('/cms-api/graphql', gql('mutation { updateRuleTemplate(id: "1", data: {}) { id } }'))).toBe(
      undefined,
    )
  })

  it('reads GraphQL as Payload does: variables, inline arguments, JSON escapes, path spellings', () => {
    const byVariables = gql(
      'mutation($email: String!, $p: String!) { loginUser(email: $email, password: $p) { token } }',
      {
        email: 'A@example.org',
      },
    )
    expect(signInAttempt('/cms-api/graphql', byVariables)).toEqual({ operations: 1, email: 'a@example.org' })
    const inline = gql('mutation { loginUser(email: "b@example.org", password: "x") { token } }')
    expect(signInAttempt('/cms-api/graphql/', inline)).toEqual({ operations: 1, email: 'b@example.org' })
    expect(signInAttempt('/cms-api//graphql', inline)).toEqual({ operations: 1, email: 'b@example.org' })
    // `\u0069` is "i": the raw body does not contain "loginUser", the query Payload runs does.
    const escaped = '{"query":"mutation { log\\u0069nUser(email: \\"c@example.org\\", password: \\"x\\") { token } }"}'
    expect(escaped).not.toContain('loginUser')
    expect(signInAttempt('/cms-api/graphql', escaped)).toEqual({ operations: 1, email: 'c@example.org' })
  })

  it('counts every aliased sign-in mutation in one request (the guard refuses more than one)', () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: loginUser(email: "d@example.org", password: "g${i}") { token }`,
    )
    expect(signInAttempt('/cms-api/graphql', gql(`mutation { ${aliases.join(' ')} }`))?.operations).toBe(20)
    const mixed = gql(
      'mutation { a: forgotPasswordUser(email: "d@example.org") b: unlockUser(email: "d@example.org") }',
    )
    expect(signInAttempt('/cms-api/graphql', mixed)?.operations).toBe(2)
  })
})
