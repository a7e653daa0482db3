import 'server-only';
import { headers } from 'next/headers';

/** The client in an X-Forwarded-For header, set by the reverse proxy in front of the site (or Next itself): its first entry. */
export function forwardedClient(header: string | null | undefined): string | null {
  return header?.split(',')[0]?.trim().slice(0, 64) || null;
}

export async function clientIp(): Promise<string | null> {
  return forwardedClient((await headers()).get('x-forwarded-for'));
}
