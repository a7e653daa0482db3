import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretFor } from './secret';

/**
 * The keys of the comments this browser posted, so their author (and only they) can edit or delete them
 * for a while. HttpOnly. Each key signs the comment's id with its creation time: an id alone proves
 * nothing, and a key outlives neither its window nor its comment (SQLite may give a deleted comment's id
 * to the next one, which has another time).
 */
export const OWN_COOKIE = 'kq_auteur';
// The newest few: a reader posting more within the window is a rare case, and the cookie stays small.
const MAX_KEYS = 10;
const MAC_LENGTH = 22;

export type OwnKey = { id: number; createdAt: number };

function mac(id: number, createdAt: number): string {
  return createHmac('sha256', secretFor('own-comment'))
    .update(`${id}:${createdAt}`)
    .digest('base64url')
    .slice(0, MAC_LENGTH);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The keys in the cookie whose signature holds; forged or altered ones are dropped. */
export function decodeOwnKeys(cookie: string | undefined): OwnKey[] {
  if (!cookie) return [];
  return cookie
    .split('~')
    .slice(-MAX_KEYS)
    .flatMap((entry) => {
      const [idText, timeText, signature, extra] = entry.split('.');
      const id = Number(idText);
      const createdAt = Number(timeText);
      if (extra !== undefined || !/^\d{1,16}$/.test(idText ?? '') || !/^\d{1,16}$/.test(timeText ?? '')) return [];
      if (!Number.isSafeInteger(id) || !Number.isSafeInteger(createdAt) || typeof signature !== 'string') return [];
      return sameText(signature, mac(id, createdAt)) ? [{ id, createdAt }] : [];
    });
}

/** Whether a key is still within the author's window at `now`. */
export function isWithinWindow(key: OwnKey, now: number, windowMinutes: number): boolean {
  return now >= key.createdAt && now - key.createdAt < windowMinutes * 60_000;
}

/** The cookie with a new comment's key added, the expired ones dropped. */
export function encodeOwnKeys(cookie: string | undefined, key: OwnKey, now: number, windowMinutes: number): string {
  const kept = decodeOwnKeys(cookie).filter((old) => old.id !== key.id && isWithinWindow(old, now, windowMinutes));
  return [...kept, key]
    .slice(-MAX_KEYS)
    .map(({ id, createdAt }) => `${id}.${createdAt}.${mac(id, createdAt)}`)
    .join('~');
}
