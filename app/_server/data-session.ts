import 'server-only';
import { cookies } from 'next/headers';
import { closeDataSession, getDataSessionEmailHash } from '@/db/my-data';
import { DATA_PATH, DATA_SESSION_COOKIE, DATA_SESSION_MS, dataTokenHash } from '@/lib/data-access';
import { commenterCookieOptions } from './commenter-cookie-options';

/*
 * The "Mes données" session: a random token in an HttpOnly cookie sent only to /mes-donnees, whose keyed
 * hash names an open session row (db/my-data.ts). The row, not the cookie, is the authority: erasing or
 * closing deletes it, whoever holds a copy of the cookie.
 */

const cookieOptions = { ...commenterCookieOptions, path: DATA_PATH };

export async function setDataSessionCookie(token: string): Promise<void> {
  (await cookies()).set(DATA_SESSION_COOKIE, token, { ...cookieOptions, maxAge: DATA_SESSION_MS / 1000 });
}

async function sessionHash(): Promise<string | null> {
  const token = (await cookies()).get(DATA_SESSION_COOKIE)?.value;
  return token ? dataTokenHash(token) : null;
}

/** The keyed hash of the address this browser's open session gives access to, or null. */
export async function currentDataOwner(now = new Date()): Promise<string | null> {
  const hash = await sessionHash();
  return hash ? getDataSessionEmailHash(hash, now) : null;
}

export async function endDataSession(): Promise<void> {
  const hash = await sessionHash();
  if (hash) closeDataSession(hash);
  (await cookies()).delete({ name: DATA_SESSION_COOKIE, ...cookieOptions });
}
