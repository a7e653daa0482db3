const MAX_SLUG_LENGTH = 80;

/**
 * A readable URL slug: accents folded, apostrophes dropped ("l’OTSC" → "lotsc"), every other run of
 * non-alphanumerics becomes one hyphen, cut at a word boundary.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The base (or `fallback` when empty), else the base with -2, -3…: the first that `isFree` accepts. */
export function firstFreeSlug(base: string, fallback: string, isFree: (slug: string) => boolean): string {
  const root = base || fallback;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? root : `${root.slice(0, MAX_SLUG_LENGTH - 4)}-${n}`;
    if (isFree(slug)) return slug;
  }
}
