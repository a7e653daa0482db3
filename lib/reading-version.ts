/**
 * The light version of the public pages (no JavaScript, smallest pictures) for readers on costly mobile data:
 * who gets it and where the footer's switch leads back to. Both versions live at the same address.
 */
export const VERSION_COOKIE = 'kq_version';
export type ReadingVersion = 'legere' | 'complete';
export const VERSION_PATHS: Record<ReadingVersion, string> = {
  legere: '/version/legere',
  complete: '/version/complete',
};

const RETURN_MAX_LENGTH = 500;

/** A reader's choice in the footer wins over the browser's data-saver mode, which asks with `Save-Data: on`. */
export function readingVersion(saveData: string | undefined, cookieHeader: string | undefined): ReadingVersion {
  const chosen = /(?:^|;\s*)kq_version=(legere|complete)(?:;|$)/.exec(cookieHeader ?? '')?.[1];
  if (chosen === 'legere' || chosen === 'complete') return chosen;
  return /^\s*on\s*(?:;|$)/i.test(saveData ?? '') ? 'legere' : 'complete';
}

export function isReadingVersion(value: string): value is ReadingVersion {
  return value === 'legere' || value === 'complete';
}

/**
 * The page a reader switched versions from: the light page's link says it (`retour`), the full page's
 * footer is shared by every page and leaves it to the Referer. Only a path of this site, never the switch
 * itself, else the home page.
 */
export function versionReturnPath(retour: string | null, referer: string | null, siteOrigin: string): string {
  // `retour` is a path (a full address there would send readers to another site); the Referer is a full address.
  const candidates = [retour?.startsWith('/') ? retour : null, referer];
  for (const [index, raw] of candidates.entries()) {
    if (!raw || raw.length > RETURN_MAX_LENGTH || /[\u0000-\u001f\\]/.test(raw)) continue;
    const base = index === 0 ? siteOrigin : undefined;
    const url = URL.canParse(raw, base) ? new URL(raw, base) : null;
    if (!url || url.origin !== siteOrigin || url.pathname.startsWith('/version/')) continue;
    return url.pathname + url.search;
  }
  return '/';
}
