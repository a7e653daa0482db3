'use server';

import { redirect } from 'next/navigation';
import { setDataSessionCookie } from '@/app/_server/data-session';
import { openDataSession } from '@/db/my-data';
import { DATA_PATH, DATA_SESSION_MS, dataTokenHash, newDataToken } from '@/lib/data-access';

/**
 * The link's button: uses the link, once, and opens a half-hour session in this browser. A used, expired
 * or forged link comes back to its page, which says so.
 */
export async function openDataLinkAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '').slice(0, 100);
  const linkHash = dataTokenHash(token);
  const now = new Date();
  const session = newDataToken();
  const opened =
    linkHash !== null &&
    openDataSession({
      linkHash,
      sessionHash: session.tokenHash,
      now,
      expiresAt: new Date(now.getTime() + DATA_SESSION_MS),
    });
  if (!opened) redirect(`${DATA_PATH}/lien/${encodeURIComponent(token)}`);
  await setDataSessionCookie(session.token);
  redirect(`${DATA_PATH}/espace`);
}
