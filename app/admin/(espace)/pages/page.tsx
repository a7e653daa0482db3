import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { listPagesForStaff } from '@/db/pages';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';

const p = t.admin.pages;

export const metadata: Metadata = { title: p.title };

/** The site's pages (editors, admins): the footer's first, in their order. */
export default async function StaffPagesPage(props: PageProps<'/admin/pages'>) {
  await requireStaff('articles', '/admin/pages');
  const removed = (await props.searchParams).supprimee !== undefined;
  const rows = listPagesForStaff();
  return (
    <>
      <h1>{p.title}</h1>
      {removed && (
        <p className="flash" role="status">
          {p.removed}
        </p>
      )}
      <p>{p.intro}</p>
      <p>
        <Link href="/admin/pages/nouvelle" className="button-link">
          {p.create}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{p.empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{p.columns.title}</th>
              <th scope="col">{p.columns.state}</th>
              <th scope="col">{p.columns.footer}</th>
              <th scope="col">{p.columns.updated}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/admin/pages/${row.id}`}>{row.title}</Link>
                </td>
                <td>
                  <span className="status">{p.state[row.status]}</span>
                </td>
                <td>{row.inFooter ? p.footerAt(row.footerPosition) : p.notInFooter}</td>
                <td>{row.updatedAt ? formatDateTime(row.updatedAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
