import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { config } from './config';

let master: string | undefined;

/**
 * The site's master secret: AUTH_SECRET when set, else one generated on first use and kept beside the
 * database (never committed), so sessions and signed cookies survive restarts.
 */
function masterSecret(): string {
  if (master) return master;
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv) return (master = fromEnv);
  const file = path.join(path.dirname(config.databasePath), 'secret.key');
  try {
    master = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const generated = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, generated, { mode: 0o600, flag: 'wx' });
      master = generated;
    } catch {
      // Another process created it first: use theirs so every worker signs with the same key.
      master = fs.readFileSync(file, 'utf8').trim();
    }
  }
  return master;
}

export type SecretPurpose =
  | 'auth'
  | 'email-hash'
  | 'form-token'
  | 'commenter-cookie'
  | 'reader-id'
  | 'reporter-address'
  | 'publication-clock'
  | 'site-revalidation'
  | 'email-at-rest'
  | 'account-link'
  | 'mail-at-rest'
  | 'mail-link'
  | 'mail-client'
  | 'preview-link'
  | 'own-comment'
  | 'data-access';

/** One key per purpose, derived from the master secret, so a token of one kind is never valid as another. */
export function secretFor(purpose: SecretPurpose): string {
  return createHmac('sha256', masterSecret()).update(`kiosque:${purpose}`).digest('base64url');
}
