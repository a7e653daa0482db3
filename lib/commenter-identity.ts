import { seal, unseal } from './sealed';
import { secretFor } from './secret';
import { keyedHash, normaliseEmail } from './signed-token';

/** The key a commenter is recognised by: a keyed hash of the normalised e-mail, never the name. */
export function emailHash(email: string): string {
  return keyedHash(normaliseEmail(email), secretFor('email-hash'));
}

/**
 * An e-mail address as stored at rest: encrypted with a key derived from the site's secret, which lives outside the
 * database, so a copied database file or backup does not reveal addresses. Match with `emailHash`, never on this.
 */
export function sealEmail(email: string): string {
  return seal(email.trim(), secretFor('email-at-rest'));
}

/** The address behind `sealEmail`, or null when the value was sealed with another key or altered. */
export function openEmail(sealed: string): string | null {
  return unseal(sealed, secretFor('email-at-rest'));
}
