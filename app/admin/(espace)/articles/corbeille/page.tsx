import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { listTrashedArticles } from '@/db/trash';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { TRASH_KEPT_DAYS } from '@/lib/trash';
import { restoreArticleAction } from '../[id]/actions';
import { AdminTable } from '@/components/admin/admin-table';
import { ButtonForm } from '@/components/admin/button-form';

const w = t.admin.writing.trash;

export const metadata: Metadata = { title: w.title };

/** Deleted articles, restorable until they are purged. */
export default async function TrashPage() {
  await requireStaff('articles', '/admin/articles/corbeille');
  const trashed = listTrashedArticles();
  return (
    <>
      <h1>{w.title}</h1>
      <p className="hint">{w.moveHint(TRASH_KEPT_DAYS)}</p>
      <AdminTable
        empty={w.empty}
        columns={[
          w.columns.title,
          w.columns.author,
          w.columns.at,
          <span key="restore" className="visually-hidden">
            {w.restore}
          </span>,
        ]}
      >
        {trashed.map((article) => (
          <tr key={article.id}>
            <td>
              <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
            </td>
            <td>{article.authorName}</td>
            <td>{formatDateTime(article.trashedAt)}</td>
            <td>
              <ButtonForm
                action={restoreArticleAction}
                fields={{ id: article.id }}
                label={w.restore}
                accessibleName={`${w.restore} : ${article.title}`}
              />
            </td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
