import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clientKey } from '../../functions/lib/rate-limit'

describe('clientKey (what a per-IP limit counts under)', () => {
  it('keeps an IPv4 address whole', () => {
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey('192.0.2.2')).toBe('192.0.2.2')
  })

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey('::FFFF:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey('::ffff:c000:201')).toBe('192.0.2.1')
    expect(clientKey('0:0:0:0:0:ffff:c000:0201')).toBe('192.0.2.1')
  })

  it('counts an IPv6 client by its /64, however the address is written', () => {
    const key = clientKey('2001:db8:1:2:3:4:5:6')
    expect(key).toBe('2001:db8:1:2::/64')
    for (const same of [
      '2001:db8:1:2::',
      '2001:db8:1:2::9',
      '2001:0DB8:0001:0002:ffff:ffff:ffff:ffff',
      '[2001:db8:1:2::1]',
      '2001:db8:1:2:0:0:192.0.2.1',
    ]) {
      expect(clientKey(same)).toBe(key)
    }
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key)
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(clientKey('::1')).toBe('0:0:0:0::/64')
    expect(clientKey('fe80::1%eth0')).toBe(clientKey('fe80::2'))
    // NAT64 (64:ff9b::/96) is not IPv4-mapped: it stays an IPv6 /64.
    expect(clientKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })

  it('has no key without an address', () => {
    expect(clientKey(undefined)).toBeUndefined()
    expect(clientKey('')).toBeUndefined()
  })

  it('maps two addresses to one key exactly when they share the first 64 bits', () => {
    const group = fc.integer({ min: 0, max: 0xffff })
    const address = fc.array(group, { minLength: 8, maxLength: 8 })
    const write = (groups: number[]) => groups.map((g) => g.toString(16)).join(':')
    const isMapped = (groups: number[]) => groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff
    fc.assert(
      fc.property(address, address, (a, b) => {
        fc.pre(!isMapped(a) && !isMapped(b))
        const samePrefix = a.slice(0, 4).every((g, i) => g === b[i])
        expect(clientKey(write(a)) === clientKey(write(b))).toBe(samePrefix)
        expect(clientKey(write([...a.slice(0, 4), ...b.slice(4)]))).toBe(clientKey(write(a)))
      }),
      { numRuns: 2000 },
    )
  })
})
