/** How long a deleted article stays in the trash, restorable, before it is purged for good. */
export const TRASH_KEPT_DAYS = 30;
export const TRASH_KEPT_MS = TRASH_KEPT_DAYS * 86_400_000;

/** The slug of the article an address shows (its page, comment pages and feeds), or null for any other address. */
export function articleSlugOf(url: string): string | null {
  const slug = url.match(/^\/article\/([^/?#]+)/)?.[1];
  if (!slug) return null;
  try {
    return decodeURIComponent(slug);
  } catch {
    return null;
  }
}
