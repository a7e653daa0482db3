/**
 * The page number of a listing URL. `?page=N` is rewritten (next.config.ts) to a trailing `/page/N`
 * segment, caught here as ['page', 'N']; anything else under the listing is not a page (null → 404).
 */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page' || !/^[1-9]\d{0,5}$/.test(segments[1])) return null;
  return Number(segments[1]);
}
