export const DEFAULT_RETURN_PATH = '/admin';
export const RETURN_PATH_MAX_LENGTH = 500;

// A dashboard path is plain words between single slashes: no percent-encoding, no dot segment, no empty
// segment, nothing a browser or Next's router would decode or resolve into another place ("/admin/..//evil",
// "/admin/.%2e//evil", "%5c", fullwidth solidus…). Leaving nothing to decode is the whole normalisation.
// The query may hold any printable ASCII but a backslash: it cannot change where the path leads.
const dashboardPath = /^\/admin(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\/?(?:\?[!-[\]-~]*)?$/;

/**
 * Where to go after signing in (or after a staff action): a dashboard path only, never another site, a
 * public page or the sign-in page itself; anything else, control characters and over-long values
 * included, is the dashboard. Every return address read from a request (`retour`, `back`, next-auth's
 * callbackUrl) goes through here.
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > RETURN_PATH_MAX_LENGTH || !dashboardPath.test(raw))
    return DEFAULT_RETURN_PATH;
  if (/^\/admin\/connexion(?:[/?]|$)/.test(raw)) return DEFAULT_RETURN_PATH;
  return raw;
}

/** The same dashboard path with one query parameter set (or removed when value is null). */
export function withParam(path: string, name: string, value: string | null): string {
  const url = new URL(path, 'http://admin.invalid');
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.pathname + url.search;
}
