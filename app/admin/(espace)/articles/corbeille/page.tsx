import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { listTrashedArticles } from '@/db/trash';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { TRASH_KEPT_DAYS } from '@/lib/trash';
import { restoreArticleAction } from '../[id]/actions';

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
      {trashed.length === 0 ? (
        <p>{w.empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{w.columns.title}</th>
              <th scope="col">{w.columns.author}</th>
              <th scope="col">{w.columns.at}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {trashed.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/admin/articles/${article.id}`}>{article.title}</Link>
                </td>
                <td>{article.authorName}</td>
                <td>{formatDateTime(article.trashedAt)}</td>
                <td>
                  <form action={restoreArticleAction}>
                    <input type="hidden" name="id" value={article.id} />
                    <button type="submit" aria-label={`${w.restore} : ${article.title}`}>
                      {w.restore}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
