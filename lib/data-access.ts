import { z } from 'zod';
import { newRandomToken, randomTokenHash } from './account-link';
import { config } from './config';
import { t } from './i18n';
import { composeMail, type OutgoingMail } from './mail-message';

/*
 * "Mes données": a commenter asks for a link by e-mail; the link, used once, opens a short session in that
 * browser where they see, download or erase what is kept under their address. Tokens are 32 random bytes,
 * kept only as a keyed hash under their own key.
 */

/** The e-mailed link: an hour, one use. */
export const DATA_LINK_MS = 3_600_000;
/** What a used link opens: half an hour in the browser that used it. */
export const DATA_SESSION_MS = 30 * 60_000;

// Anyone can type any address: these keep the form from flooding someone's inbox or probing addresses in bulk.
export const DATA_REQUEST_WINDOW_MS = 3_600_000;
export const MAX_DATA_REQUESTS_PER_ADDRESS = 3;
export const MAX_DATA_REQUESTS_PER_CLIENT = 10;

export function dataRequestAllowed(recent: { address: number; client: number }): boolean {
  return recent.address < MAX_DATA_REQUESTS_PER_ADDRESS && recent.client < MAX_DATA_REQUESTS_PER_CLIENT;
}

/** The session cookie, sent only to the pages under /mes-donnees. */
export const DATA_SESSION_COOKIE = 'kq_donnees';
export const DATA_PATH = '/mes-donnees';

export const newDataToken = () => newRandomToken('data-access');
export const dataTokenHash = (token: string) => randomTokenHash(token, 'data-access');
export const dataLinkUrl = (token: string) => `${config.siteUrl}${DATA_PATH}/lien/${token}`;

/** What erasure does with the comments: gone (replies kept under an empty shell), or kept without a name. */
export const erasureModes = ['delete', 'anonymise'] as const;
export type ErasureMode = (typeof erasureModes)[number];

export function dataLinkMail(to: string, url: string): OutgoingMail {
  const m = t.myData.mail;
  return composeMail({
    kind: 'data-access',
    to,
    subject: m.subject(config.siteName),
    blocks: [{ paragraph: m.intro }, { link: { href: url, label: m.link } }, { paragraph: m.ignore }],
    footer: t.mail.footer(config.siteName, config.siteUrl),
  });
}

/** The request form: one address, checked as the comment form checks it. */
export { forgotSchema as dataRequestSchema } from './team-form';

export const erasureSchema = z.object({ mode: z.enum(erasureModes), confirm: z.literal('on') });
