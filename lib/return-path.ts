/** Where to go after signing in: a dashboard path only, never another site ("//evil", "/\\evil") or a public page. */
export function safeReturnPath(raw: unknown): string {
  if (
    typeof raw !== 'string' ||
    !/^\/admin(?:[/?#]|$)/.test(raw) ||
    /[\\\s]/.test(raw) ||
    raw.startsWith('/admin/connexion')
  )
    return '/admin';
  return raw.slice(0, 500);
}

/** The same dashboard path with one query parameter set (or removed when value is null). */
export function withParam(path: string, name: string, value: string | null): string {
  const url = new URL(path, 'http://admin.invalid');
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.pathname + url.search;
}
