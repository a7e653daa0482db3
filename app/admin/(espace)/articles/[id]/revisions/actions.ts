'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaff } from '@/app/_server/staff-guard';
import { restoreRevision } from '@/db/revisions';

const idOf = (formData: FormData, name: string) => {
  const raw = String(formData.get(name) ?? '');
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

/**
 * Puts a revision's text back (editors, admins): a new revision and an audit row; refused if the article
 * was saved after the revisions page was opened. Readers see the restored text at once.
 */
export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const articleId = idOf(formData, 'id');
  const revisionId = idOf(formData, 'revision');
  const version = idOf(formData, 'version');
  const path = articleId ? `/admin/articles/${articleId}/revisions` : '/admin/articles';
  const staff = await requireStaff('articles', path);
  if (articleId === null || revisionId === null || version === null) redirect('/admin/articles');
  const result = restoreRevision(articleId, revisionId, version, { staffId: staff.id, ip: await clientIp() });
  if (!result.ok && result.error === 'missing') redirect(path);
  if (!result.ok) redirect(`${path}?comparer=${revisionId}&conflit`);
  revalidateArticle(result.routes);
  redirect(`${path}?restauree`);
}
