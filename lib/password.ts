import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-limits';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export function passwordProblem(password: string): 'tooShort' | 'tooLong' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  return null;
}

// Argon2id (the library's default algorithm) with its defaults: 19 MiB, 2 passes, 1 lane — the
// OWASP recommendation, about 30 ms per hash on this kind of machine.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked against when the e-mail is unknown, so that answering "wrong e-mail" takes as long as
// answering "wrong password" and the timing tells nothing about which accounts exist.
let decoy: Promise<string> | undefined;

/** True when the password matches the stored hash; with no hash (unknown or byline-only account), always false, in the same time. */
export async function checkPassword(password: string, storedHash: string | null): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (!storedHash) {
    await verify(await (decoy ??= hash('kiosque-decoy-password')), password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash (hand edit) denies access instead of crashing the sign-in.
    return false;
  }
}
