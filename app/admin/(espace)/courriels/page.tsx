import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { countFailedMail, listRecentMailForStaff } from '@/db/mail-outbox';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { AdminTable } from '@/components/admin/admin-table';

const m = t.mail.admin;

export const metadata: Metadata = { title: m.title };

/** The outbox (admins, like the audit log it resembles): the last messages, failures first to the eye. */
export default async function MailPage() {
  await requireStaff('audit', '/admin/courriels');
  const rows = listRecentMailForStaff(100);
  const failed = countFailedMail();
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.lead}</p>
      {failed > 0 && (
        <p className="mail-failed-count" role="status">
          {m.failedCount(failed)}
        </p>
      )}
      <AdminTable
        empty={m.empty}
        className="admin-table mail-table"
        columns={[
          m.columns.createdAt,
          m.columns.recipient,
          m.columns.subject,
          m.columns.status,
          m.columns.attempts,
          m.columns.lastError,
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id} className={row.status === 'failed' ? 'mail-table__failed' : undefined}>
            <td>{formatDateTime(row.createdAt)}</td>
            <td>{row.recipient ?? m.unreadable}</td>
            <td>{row.subject}</td>
            <td>{m.statuses[row.status]}</td>
            <td>{m.attempts(row.attempts)}</td>
            <td>{row.lastError ?? '—'}</td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
