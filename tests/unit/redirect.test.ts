import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AFTER_SIGN_IN, safeNextPath } from '../../components/src/state/redirect'

const origin = 'https://communityrule.example'

/** What `?next=` yields to the sign-in element: URLSearchParams decodes it as the browser does. */
const nextFrom = (query: string) => new URLSearchParams(query).get('next')!

describe('safeNextPath (where sign-in goes next)', () => {
  it.each([
    ['/account/', '/account/'],
    ['/create/?template=consensus#step-2', '/create/?template=consensus#step-2'],
    ['/rules/a-b-c/', '/rules/a-b-c/'],
    ['/rules/../account/', '/account/'],
    ['/%5Cevil.example', '/%5Cevil.example'], // an encoded backslash stays a path segment here
    ['/\u0000/evil.example', '/%00/evil.example'], // a control character is percent-encoded in the path
  ])('keeps the same-origin path %j', (next, expected) => {
    expect(safeNextPath(next, origin)).toBe(expected)
  })

  it.each([
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'https://evil.example',
    'https:evil.example',
    'HTTPS://evil.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/.//evil.example',
    '/%2e//evil.example',
    '/./\\evil.example',
    'evil.example',
    '.',
    '',
  ])('sends %j to /account/', (next) => {
    expect(safeNextPath(next, origin)).toBe(AFTER_SIGN_IN)
  })

  it.each([
    'next=/%5Cevil.example',
    'next=/%5cevil.example',
    'next=%2F%2Fevil.example',
    'next=/%2F/evil.example',
    'next=/%09/evil.example',
    'next=/%0A/evil.example',
    'next=%09//evil.example',
    'next=https%3A%2F%2Fevil.example',
    'next=javascript%3Aalert(1)',
    'next=/%5C%5Cevil.example',
  ])('sends the decoded ?%s to /account/', (query) => {
    expect(safeNextPath(nextFrom(query), origin)).toBe(AFTER_SIGN_IN)
  })

  it('never leaves the origin, whatever the input', () => {
    const pieces = fc.constantFrom(
      '/',
      '\\',
      '//',
      '.',
      '..',
      '%2e',
      '%2f',
      '%5c',
      '\t',
      '\n',
      ':',
      '@',
      '?',
      '#',
      'evil.example',
      'http:',
      'javascript:',
      ' ',
      'a',
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
          fc.string(),
        ),
        (next) => {
          const path = safeNextPath(next, origin)
          expect(path.startsWith('/') && !path.startsWith('//')).toBe(true)
          // What the browser does with location.assign(path) on our page:
          expect(new URL(path, origin).origin).toBe(origin)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
