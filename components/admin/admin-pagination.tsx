import Link from 'next/link';
import { t } from '@/lib/i18n';

/** Previous and next links of a dashboard list, keeping its other query parameters. */
export function AdminPagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.admin.pagination.label} className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t.admin.pagination.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{t.admin.pagination.page(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {t.admin.pagination.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
