'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import type { StaffTextState } from '@/components/admin/staff-text-form';
import { invalid } from '@/components/form-state';
import { addCorrection } from '@/db/corrections';
import { restoreArticle, trashArticle } from '@/db/trash';
import { correctionSchema } from '@/lib/correction-form';
import { t } from '@/lib/i18n';
import { previewToken } from '@/lib/preview-link';
import { secretFor } from '@/lib/secret';

const w = t.admin.writing;

const articleIdOf = (formData: FormData) => {
  const raw = String(formData.get('id') ?? '');
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

/** Moves an article to the trash (editors, admins); every page that showed it drops it at once. */
export async function trashArticleAction(formData: FormData): Promise<void> {
  const id = articleIdOf(formData);
  const staff = await requireStaff('articles', id ? `/admin/articles/${id}` : '/admin/articles');
  if (id === null) redirect('/admin/articles');
  const routes = trashArticle(id, { staffId: staff.id, ip: await clientIp() }, new Date());
  if (routes) revalidateArticle(routes);
  redirect(`/admin/articles/${id}?corbeille`);
}

/** Takes an article out of the trash: a published one is back on every page that lists it. */
export async function restoreArticleAction(formData: FormData): Promise<void> {
  const id = articleIdOf(formData);
  const staff = await requireStaff('articles', id ? `/admin/articles/${id}` : '/admin/articles');
  if (id === null) redirect('/admin/articles');
  const routes = restoreArticle(id, { staffId: staff.id, ip: await clientIp() });
  if (routes) revalidateArticle(routes);
  redirect(`/admin/articles/${id}?restaure`);
}

/** A signed, expiring preview link for the article, shown to the member to pass on. */
export async function createPreviewLinkAction(formData: FormData): Promise<void> {
  const id = articleIdOf(formData);
  await requireStaff('articles', id ? `/admin/articles/${id}` : '/admin/articles');
  if (id === null) redirect('/admin/articles');
  redirect(`/admin/articles/${id}?apercu=${previewToken(id, new Date(), secretFor('preview-link'))}#apercu-lien`);
}

/** Attaches a dated correction note to a published article; the article and its feeds show it at once. */
export async function addCorrectionAction(_previous: StaffTextState, formData: FormData): Promise<StaffTextState> {
  const id = articleIdOf(formData);
  const staff = await requireStaff('articles', id ? `/admin/articles/${id}` : '/admin/articles');
  if (id === null) redirect('/admin/articles');
  const values = { body: String(formData.get('body') ?? '').slice(0, 5_000) };
  const parsed = correctionSchema.safeParse(values.body);
  if (!parsed.success)
    return invalid(
      values,
      { body: w.corrections.errors[parsed.error.issues[0].message as 'required' | 'tooLong'] },
      null,
    );
  return unlessStorageFails('addCorrection', values, t.admin.unavailable, async () => {
    const routes = addCorrection(id, parsed.data, { staffId: staff.id, ip: await clientIp() }, new Date());
    if (!routes) return invalid(values, {}, w.corrections.onlyPublished);
    revalidateArticle(routes);
    redirect(`/admin/articles/${id}?correction#corrections`);
  });
}
