import { secretFor } from './secret';
import { seal, unseal } from './sealed';
import { signToken, verifyToken } from './signed-token';

/** Name, e-mail and site, kept only when the commenter ticks the consent box; encrypted, HttpOnly. */
export const REMEMBER_COOKIE = 'kq_commentateur';
/** Ids of the commenter's own comments awaiting moderation, so they (and only they) see them in place. */
export const HELD_COOKIE = 'kq_attente';
/** A random id per reader, so each reader reports a comment once. */
export const READER_COOKIE = 'kq_lecteur';

export const REMEMBER_MAX_AGE = 365 * 86_400;
export const HELD_MAX_AGE = 30 * 86_400;
export const READER_MAX_AGE = 365 * 86_400;
const MAX_HELD_IDS = 20;

export type Remembered = { authorName: string; authorEmail: string; authorUrl: string | null };

export function encodeRemembered(value: Remembered): string {
  return seal(JSON.stringify(value), secretFor('commenter-cookie'));
}

export function decodeRemembered(cookie: string | undefined): Remembered | null {
  const json = cookie ? unseal(cookie, secretFor('commenter-cookie')) : null;
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<Remembered>;
    if (typeof value.authorName !== 'string' || typeof value.authorEmail !== 'string') return null;
    return {
      authorName: value.authorName,
      authorEmail: value.authorEmail,
      authorUrl: typeof value.authorUrl === 'string' ? value.authorUrl : null,
    };
  } catch {
    return null;
  }
}

export function decodeHeldIds(cookie: string | undefined): number[] {
  const payload = cookie ? verifyToken(cookie, secretFor('commenter-cookie')) : null;
  if (!payload) return [];
  return payload
    .split('-')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}

/** Adds a held comment to the signed list, keeping the newest few. */
export function encodeHeldIds(cookie: string | undefined, id: number): string {
  const ids = [...decodeHeldIds(cookie).filter((held) => held !== id), id].slice(-MAX_HELD_IDS);
  return signToken(ids.join('-'), secretFor('commenter-cookie'));
}

/**
 * The signed time a comment form was rendered (no JavaScript: as old as the cached page) or first used
 * (JavaScript asks for one then, app/api/jeton-commentaire), for the "posted too fast" rule.
 */
export function issueFormToken(articleId: number, now: number): string {
  return signToken(`${articleId}:${now}`, secretFor('form-token'));
}

/** Seconds between the form's render and now, or null when the token is missing, forged or for another article. */
export function secondsSinceRender(token: unknown, articleId: number, now: number): number | null {
  const payload = typeof token === 'string' ? verifyToken(token, secretFor('form-token')) : null;
  const [id, issuedAt] = payload?.split(':').map(Number) ?? [];
  if (id !== articleId || !Number.isFinite(issuedAt) || issuedAt > now) return null;
  return (now - issuedAt) / 1000;
}
