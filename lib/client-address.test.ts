import { describe, expect, it } from 'vitest';
import { clientAddress, compileProxyTrust } from './client-address';

const none = compileProxyTrust(undefined);
const loopback = compileProxyTrust('loopback');
const proxies = compileProxyTrust('loopback, 10.0.0.0/8, 2001:db8:cafe::/48');

describe('clientAddress', () => {
  it.each([
    // trusting no one: the socket, whatever the client wrote
    [none, '203.0.113.7', undefined, '203.0.113.7'],
    [none, '203.0.113.7', '1.2.3.4', '203.0.113.7'],
    [none, '127.0.0.1', '1.2.3.4', '127.0.0.1'],
    [none, '::ffff:203.0.113.7', '1.2.3.4', '203.0.113.7'],
    // an untrusted peer's header is ignored even when proxies are declared
    [proxies, '203.0.113.7', '10.1.1.1', '203.0.113.7'],
    // behind one trusted proxy: its entry, not the client's forged ones to the left
    [loopback, '127.0.0.1', '198.51.100.4', '198.51.100.4'],
    [loopback, '127.0.0.1', '1.2.3.4, 198.51.100.4', '198.51.100.4'],
    [loopback, '::1', 'evil, 1.2.3.4, 198.51.100.4', '198.51.100.4'],
    [loopback, '::ffff:127.0.0.1', '198.51.100.4', '198.51.100.4'],
    [loopback, '127.0.0.1', ['1.2.3.4', '198.51.100.4'], '198.51.100.4'],
    // a chain of trusted proxies is walked from the right
    [proxies, '127.0.0.1', '1.2.3.4, 198.51.100.4, 10.0.0.2, 10.0.0.3', '198.51.100.4'],
    [proxies, '10.9.9.9', '2001:db8::1, 2001:db8:cafe::5', '2001:db8::1'],
    [proxies, '127.0.0.1', '2001:DB8::AB', '2001:db8::ab'],
    [proxies, '127.0.0.1', '::ffff:198.51.100.4', '198.51.100.4'],
    // a trusted proxy with no header, or only trusted hops: the last hop is the client
    [loopback, '127.0.0.1', undefined, '127.0.0.1'],
    [proxies, '127.0.0.1', '10.0.0.2', '10.0.0.2'],
    // garbage where an address should be: the proxy that passed it on is the nearest known client
    [loopback, '127.0.0.1', 'not-an-ip', '127.0.0.1'],
    [loopback, '127.0.0.1', '198.51.100.4:5123', '127.0.0.1'],
    [proxies, '127.0.0.1', '1.2.3.4, <script>, 10.0.0.2', '10.0.0.2'],
    [loopback, '127.0.0.1', ', ,', '127.0.0.1'],
  ])('%#: socket %s, X-Forwarded-For %j', (trust, socket, header, expected) => {
    expect(clientAddress(socket, header, trust)).toBe(expected);
  });

  it('has no address without a socket address', () => {
    expect(clientAddress(undefined, '1.2.3.4', none)).toBeNull();
  });

  it('refuses a setting it cannot read', () => {
    expect(() => compileProxyTrust('10.0.0.0/99')).toThrow();
    expect(() => compileProxyTrust('proxy.example')).toThrow();
  });
});
