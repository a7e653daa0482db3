import { t } from '@/lib/i18n';

/** Real links to the previous and next pages, `?page=N` after the `keep` parameters, so it works with JavaScript off. */
export function Pagination({
  basePath,
  page,
  pageCount,
  query = 'page',
  fragment = '',
  label = t.pagination.label,
  keep = {},
}: {
  basePath: string;
  page: number;
  pageCount: number;
  query?: string;
  fragment?: string;
  label?: string;
  keep?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    const search = new URLSearchParams({ ...keep, ...(n === 1 ? {} : { [query]: String(n) }) }).toString();
    return `${basePath}${search ? `?${search}` : ''}${fragment}`;
  };
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t.pagination.previous}
        </a>
      ) : (
        <span />
      )}
      <span>{t.pagination.page(page, pageCount)}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {t.pagination.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
