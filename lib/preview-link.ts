import { signToken, verifyToken } from './signed-token';

/** How long a shared preview link opens the article. */
export const PREVIEW_LINK_DAYS = 7;
const PREVIEW_LINK_MS = PREVIEW_LINK_DAYS * 86_400_000;

/**
 * A preview link's token: the article and the link's expiry, signed. It opens the article for whoever holds
 * it, without an account, until it expires; altering either number breaks the signature.
 */
export function previewToken(articleId: number, now: Date, key: string): string {
  return signToken(`${articleId}-${now.getTime() + PREVIEW_LINK_MS}`, key);
}

/** The article a preview token opens at `now`, or null for a forged, altered, malformed or expired token. */
export function readPreviewToken(token: string, now: Date, key: string): number | null {
  const payload = verifyToken(token, key);
  const match = payload?.match(/^([1-9]\d{0,8})-(\d{1,15})$/);
  if (!match) return null;
  return Number(match[2]) > now.getTime() ? Number(match[1]) : null;
}
