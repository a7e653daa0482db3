import { secretFor } from './secret';
import { keyedHash, normaliseEmail } from './signed-token';

/** The key a commenter is recognised by: a keyed hash of the normalised e-mail, never the name. */
export function emailHash(email: string): string {
  return keyedHash(normaliseEmail(email), secretFor('email-hash'));
}
