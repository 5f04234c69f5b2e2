import { expect, test } from '@playwright/test'
import { mailCount, readOtpCode } from './support'

test('a member signs in over HTTP with the code delivered to the SMTP sink', async ({ request }) => {
  const email = 'e2e-api@example.org'
  const after = mailCount()
  const requested = await request.post('/api/auth/otp/request', { data: { email } })
  expect(requested.status()).toBe(202)
  const code = await readOtpCode(email, { after })
  const verified = await request.post('/api/auth/otp/verify', { data: { email, code } })
  expect(verified.status()).toBe(200)
  expect((await verified.json()).user.email).toBe(email)
  const session = await request.get('/api/auth/session')
  expect((await session.json()).user.email).toBe(email)
})

test('Payload has no password login for members at /cms-api/members/login', async ({ request }) => {
  const response = await request.post('/cms-api/members/login', {
    data: { email: 'e2e-api@example.org', password: 'guess' },
  })
  expect(response.status()).toBeGreaterThanOrEqual(400)
  expect(response.status()).toBeLessThan(500)
})
