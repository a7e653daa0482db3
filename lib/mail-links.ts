import { config } from './config';
import { secretFor } from './secret';
import { signToken, verifyToken } from './signed-token';

/*
 * The links in messages, signed per recipient (the keyed hash of their address) with a key of their own: a
 * link for one address, or for one thread, cannot be turned into another, and no other token of the site
 * is valid as one.
 */

const key = () => secretFor('mail-link');
const CONFIRM_DAYS = 7;

/** What an unsubscribe link stops: the replies to one comment, or every message about comments. */
export type UnsubscribeScope = { commentId: number } | 'all';

export function confirmToken(emailHash: string, now: Date): string {
  return signToken(`confirmer.${emailHash}.${now.getTime() + CONFIRM_DAYS * 86_400_000}`, key());
}

/** The address hash a confirmation link was made for, or null: forged, altered or expired. */
export function readConfirmToken(token: string, now: Date): string | null {
  const match = /^confirmer\.([0-9a-f]{64})\.(\d{1,15})$/.exec(verifyToken(token, key()) ?? '');
  return match && Number(match[2]) > now.getTime() ? match[1]! : null;
}

export function unsubscribeToken(emailHash: string, scope: UnsubscribeScope): string {
  return signToken(`desabonner.${emailHash}.${scope === 'all' ? 'tout' : scope.commentId}`, key());
}

export function readUnsubscribeToken(token: string): { emailHash: string; scope: UnsubscribeScope } | null {
  const match = /^desabonner\.([0-9a-f]{64})\.(tout|\d{1,15})$/.exec(verifyToken(token, key()) ?? '');
  if (!match) return null;
  return { emailHash: match[1]!, scope: match[2] === 'tout' ? 'all' : { commentId: Number(match[2]) } };
}

const withToken = (path: string, token: string) => `${config.siteUrl}${path}?jeton=${encodeURIComponent(token)}`;

export const confirmUrl = (token: string) => withToken('/courriel/confirmation', token);
/** The page with the unsubscribe buttons, for the links in the message's text. */
export const unsubscribePageUrl = (token: string) => withToken('/courriel/desabonnement', token);
/** The List-Unsubscribe address: a mail client posts to it (RFC 8058); a browser opening it gets the page. */
export const oneClickUrl = (token: string) => withToken('/api/desabonnement', token);
/** A comment's lasting address: it leads to whichever page of comments holds it now. */
export const commentUrl = (commentId: number) => `${config.siteUrl}/commentaire/${commentId}`;
