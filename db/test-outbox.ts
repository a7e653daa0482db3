import { claimNextMail, markMailSent, type ClaimedMail } from './mail-outbox';

/**
 * For db/ unit tests (import it after prepareTestDatabase): every message queued so far, opened as the
 * worker opens it, and marked sent.
 */
export function takeQueuedMail(): ClaimedMail[] {
  const mail: ClaimedMail[] = [];
  for (let next = claimNextMail(); next; next = claimNextMail()) {
    mail.push(next);
    markMailSent(next.id);
  }
  return mail;
}
