import 'server-only';
import { cookies } from 'next/headers';
import { getSettings } from '@/db/settings';
import { decodeOwnKeys, isWithinWindow, OWN_COOKIE, type OwnKey } from '@/lib/own-comment-keys';

/** The keys this browser holds for its own comments, still within the author's window. */
export async function currentOwnKeys(now: Date): Promise<OwnKey[]> {
  const { ownEditMinutes } = getSettings();
  const keys = decodeOwnKeys((await cookies()).get(OWN_COOKIE)?.value);
  return keys.filter((key) => isWithinWindow(key, now.getTime(), ownEditMinutes));
}

/** This browser's key for one comment, within the window, or null: a comment id alone proves nothing. */
export async function ownKeyForId(id: number, now: Date): Promise<OwnKey | null> {
  return (await currentOwnKeys(now)).find((key) => key.id === id) ?? null;
}
