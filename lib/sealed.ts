import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// AES-256-GCM: the value is both hidden and tamper-proof, for cookies that hold personal data.
const keyBytes = (key: string) => createHash('sha256').update(key).digest();

export function seal(plaintext: string, key: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed text, or null when the value was altered, truncated or sealed with another key. */
export function unseal(token: string, key: string): string | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    // Nonce and tag: an empty text seals to exactly these 28 bytes (a WordPress comment without an e-mail).
    if (raw.length < 28) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
