import LinkifyIt from 'linkify-it';

// Only web links are recognised: no ftp:, no protocol-relative "//host", no e-mail addresses
// (a reader's address in a comment stays text, it is not turned into a mailto: link).
const linkify = new LinkifyIt({ fuzzyEmail: false }).add('ftp:', null).add('//', null).add('mailto:', null);

export type FoundLink = {
  start: number;
  end: number;
  /** What the reader typed. */
  text: string;
  /** A normalised http(s) URL, or null when the link must stay text. */
  href: string | null;
};

// No dot allowed in the scheme here, so "lemonde.fr:8080/x" reads as a host and port, not a scheme.
const SCHEME = /^[a-z][a-z\d+-]*:/i;

/**
 * The URL a link may point to, or null. Schemeless links ("www.x.cm", "lemonde.fr") get https://.
 * Links with credentials stay text: "https://banque.cm@evil.example" reads as one site and opens another.
 */
export function toSafeHref(candidate: string): string | null {
  const withScheme = SCHEME.test(candidate) ? candidate : `https://${candidate}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

/** Every link linkify-it recognises in a plain text, in order. */
export function findLinks(text: string): FoundLink[] {
  const matches = linkify.match(text) ?? [];
  return matches.map((m) => ({ start: m.index, end: m.lastIndex, text: m.raw, href: toSafeHref(m.raw) }));
}

/**
 * How many links a comment carries, for the "liens" rule of the moderation policy. The commenter's
 * own site counts as one: link spam promotes its site in both places, so a site plus one link in the
 * text reaches the default threshold of 2.
 */
export function countLinks(body: string, authorUrl?: string | null): number {
  return findLinks(body).length + (authorUrl ? 1 : 0);
}
