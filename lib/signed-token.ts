import { createHmac, timingSafeEqual } from 'node:crypto';

function mac(payload: string, key: string): string {
  // An empty key would sign with a secret everyone knows: that is a deployment bug, not bad input.
  if (!key) throw new Error('signed-token: the key is empty');
  return createHmac('sha256', key).update(payload, 'utf8').digest('base64url');
}

/** `payload.mac`, with an HMAC-SHA256 in base64url. The payload is readable by anyone: sign, don't hide. */
export function signToken(payload: string, key: string): string {
  return `${payload}.${mac(payload, key)}`;
}

/** The payload of a token signed with `key`, or null for a forged, altered or malformed token. */
export function verifyToken(token: string, key: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot === -1) return null;
  const payload = token.slice(0, dot);
  // Compared as the canonical base64url text, not decoded bytes: Node's decoder skips stray characters,
  // so two different strings could decode to the same MAC.
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(mac(payload, key), 'utf8');
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? payload : null;
}

/** Hex HMAC-SHA256 of a value: matches commenters by e-mail (or readers by id) without storing them in clear. */
export function keyedHash(value: string, key: string): string {
  if (!key) throw new Error('signed-token: the key is empty');
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/** The e-mail as hashed for matching: "Awa@Exemple.CM " and "awa@exemple.cm" are the same commenter. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
