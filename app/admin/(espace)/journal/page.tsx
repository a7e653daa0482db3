import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { listAuditActions, listAuditForStaff, listAuditStaff } from '@/db/audit';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { AdminTable } from '@/components/admin/admin-table';

const j = t.admin.audit;

export const metadata: Metadata = { title: j.title };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 100) : '');

/** The audit log (admins): every staff action and sign-in failure, newest first, filtered by action and member. */
export default async function AuditPage(props: PageProps<'/admin/journal'>) {
  await requireStaff('audit', '/admin/journal');
  const query = await props.searchParams;
  const actions = listAuditActions();
  const staff = listAuditStaff();
  const action = actions.find((name) => name === single(query.action)) ?? '';
  const userId = staff.find((member) => String(member.id) === single(query.membre))?.id;
  const page = /^\d{1,6}$/.test(single(query.page)) ? Math.max(1, Number(single(query.page))) : 1;
  const { rows, pageCount } = listAuditForStaff({ action: action || undefined, userId, page });
  const href = (n: number) => {
    const params = new URLSearchParams({
      ...(action ? { action } : {}),
      ...(userId ? { membre: String(userId) } : {}),
      ...(n > 1 ? { page: String(n) } : {}),
    });
    return `/admin/journal${params.size ? `?${params}` : ''}`;
  };
  return (
    <>
      <h1>{j.title}</h1>
      <form method="get" action="/admin/journal" className="queue-search" aria-label={j.filters}>
        <label htmlFor="journal-action" className="queue-search__size">
          {j.action}
        </label>
        <select id="journal-action" name="action" defaultValue={action}>
          <option value="">{j.all}</option>
          {actions.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="journal-membre" className="queue-search__size">
          {j.staff}
        </label>
        <select id="journal-membre" name="membre" defaultValue={userId ?? ''}>
          <option value="">{j.everyone}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <button type="submit">{j.apply}</button>
      </form>
      <AdminTable
        empty={j.empty}
        className="admin-table audit-table"
        columns={[j.columns.at, j.columns.who, j.columns.action, j.columns.target, j.columns.details, j.columns.ip]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{formatDateTime(row.at)}</td>
            <td>{row.userName ?? j.nobody}</td>
            <td>
              <code>{row.action}</code>
            </td>
            <td>{row.targetType ? `${row.targetType} ${row.targetId ?? ''}` : '—'}</td>
            <td className="audit-details">
              {row.details && (row.details.length > 300 ? `${row.details.slice(0, 300)}…` : row.details)}
            </td>
            <td>{row.ip ?? '—'}</td>
          </tr>
        ))}
      </AdminTable>
      <AdminPagination page={page} pageCount={pageCount} href={href} />
    </>
  );
}
