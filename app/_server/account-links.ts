import 'server-only';
import { accountLinkPath, linkLifetimeMs, newAccountLinkToken } from '@/lib/account-link';
import { config } from '@/lib/config';
import { formatDateTime } from '@/lib/format';

/** A link to hand out: the full address (the token in it), and what the database keeps (its hash, its end). */
export type IssuedLink = { url: string; tokenHash: string; expiresAt: Date };

export function issueLink(kind: keyof typeof linkLifetimeMs, now = new Date()): IssuedLink {
  const { token, tokenHash } = newAccountLinkToken();
  return {
    url: `${config.siteUrl}${accountLinkPath(token)}`,
    tokenHash,
    expiresAt: new Date(now.getTime() + linkLifetimeMs[kind]),
  };
}

/** What the admin's form shows once: the link and until when it works. */
export type ShownLink = { url: string; expires: string };

export const shownLink = (link: IssuedLink): ShownLink => ({ url: link.url, expires: formatDateTime(link.expiresAt) });
