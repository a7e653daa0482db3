import { emailHash, openEmail, sealEmail } from './commenter-identity';
import type { OutgoingMail } from './mail-message';
import { seal, unseal } from './sealed';
import { secretFor } from './secret';

/** What a queued message holds beyond its subject; sealed at rest with the recipient. */
export type MailContent = { text: string; html: string; unsubscribeUrl?: string };

const contentKey = () => secretFor('mail-at-rest');

/**
 * A message as the outbox stores it: the recipient and the body sealed (a body may hold a confirmation or
 * sign-in link, or a reader's words), the keyed hash of the address to match on. The subject stays readable
 * for the admins' list, so it holds nothing personal.
 */
export function sealOutgoingMail(mail: OutgoingMail) {
  const content: MailContent = { text: mail.text, html: mail.html, unsubscribeUrl: mail.unsubscribeUrl };
  return {
    kind: mail.kind,
    recipientSealed: sealEmail(mail.to),
    recipientHash: emailHash(mail.to),
    subject: mail.subject,
    contentSealed: seal(JSON.stringify(content), contentKey()),
  };
}

export const openRecipient = openEmail;

/** The body of a queued message, or null when it was sealed with another key, or already sent and emptied. */
export function openMailContent(sealed: string | null): MailContent | null {
  const text = sealed ? unseal(sealed, contentKey()) : null;
  return text ? (JSON.parse(text) as MailContent) : null;
}
