import { createHash } from 'node:crypto';

export type Validators = { etag: string; lastModified: Date };

/** A strong ETag: the same bytes, and only they, get the same tag. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether a conditional GET can be answered 304 (RFC 9110 §13.2.2): If-None-Match decides when sent
 * (weak comparison, "*" matches), If-Modified-Since is read only without it, at HTTP's one-second precision.
 */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(validators.etag));
  }
  const since = Date.parse(headers.get('if-modified-since') ?? '');
  return !Number.isNaN(since) && Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since;
}
