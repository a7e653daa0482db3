import { randomBytes } from 'node:crypto';
import type { AccountLinkPurpose } from './vocabulary';
import { secretFor, type SecretPurpose } from './secret';
import { keyedHash } from './signed-token';

/** How long a link stays good: a week to accept an invitation, an hour for a new password. */
export const linkLifetimeMs: Record<AccountLinkPurpose | 'forgotten', number> = {
  invite: 7 * 24 * 3_600_000,
  // An admin passes a reset link on by hand, like an invitation; a link asked for by e-mail lasts an hour.
  reset: 7 * 24 * 3_600_000,
  forgotten: 3_600_000,
};

/** The path of a link's page; the token travels in it and nowhere else. */
export const accountLinkPath = (token: string) => `/admin/lien/${token}`;

// 32 random bytes in base64url: 43 characters.
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** A new token, and the keyed hash (under the purpose's own key) that is all the database keeps of it. */
export function newRandomToken(purpose: SecretPurpose): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: randomTokenHash(token, purpose)! };
}

/** The keyed hash a presented token is looked up by, or null for anything not shaped like a token. */
export function randomTokenHash(token: string, purpose: SecretPurpose): string | null {
  return tokenShape.test(token) ? keyedHash(token, secretFor(purpose)) : null;
}

export const newAccountLinkToken = () => newRandomToken('account-link');
export const accountLinkHash = (token: string) => randomTokenHash(token, 'account-link');
