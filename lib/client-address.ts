import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import proxyaddr from 'proxy-addr';

/** Whether an address (and the hop it is at, 0 being the socket) belongs to a proxy the operator runs. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES: a comma list of addresses and CIDR ranges, plus proxy-addr's names `loopback`,
 * `linklocal` and `uniquelocal`. Empty trusts no one: the socket's address is the client. A typo throws
 * at start-up rather than trusting the wrong machines.
 */
export function compileProxyTrust(setting: string | undefined): ProxyTrust {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return proxyaddr.compile(entries);
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

function validAddress(candidate: string | undefined): string | null {
  if (!candidate || !net.isIP(candidate)) return null;
  // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d; one client, one spelling.
  return candidate.match(MAPPED_IPV4)?.[1] ?? candidate.toLowerCase();
}

/**
 * The client of a request: the socket's peer, unless it is a trusted proxy; then X-Forwarded-For is read
 * from the right (each proxy appends the address it saw) past the trusted proxies, and the first entry
 * no trusted proxy vouches for is the client. Entries to its left were written by the client and are
 * never believed. A hop that is not an address (a misconfigured proxy) leaves the last proxy as the client.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: ProxyTrust,
): string | null {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  // proxy-addr reads nothing else of a request than these two fields. The socket's address goes unmapped:
  // ipaddr.js takes a few times longer to match an IPv6 spelling, and a dual-stack server sees every
  // IPv4 client so.
  const socket = { remoteAddress: socketAddress?.match(MAPPED_IPV4)?.[1] ?? socketAddress };
  const request = { headers: { 'x-forwarded-for': header }, socket };
  const chain = proxyaddr.all(request as unknown as IncomingMessage, trust);
  for (let hop = chain.length - 1; hop >= 0; hop--) {
    const address = validAddress(chain[hop]);
    if (address) return address;
  }
  return null;
}
