import 'server-only';
import net from 'node:net';
import { headers } from 'next/headers';

/**
 * The client's address. The site's server (scripts/server.ts) replaces X-Forwarded-For with the one
 * address it worked out from the socket and the trusted proxies (lib/client-address.ts), before Next
 * sees the request; anything else there (a client's header reaching a bare `next start`) is not believed.
 */
export function forwardedClient(header: string | null | undefined): string | null {
  const address = header?.trim();
  return address && net.isIP(address) ? address : null;
}

export async function clientIp(): Promise<string | null> {
  return forwardedClient((await headers()).get('x-forwarded-for'));
}
