'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidatePage } from '@/app/_server/revalidate-page';
import { requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import type { PageFormState } from '@/components/admin/page-form';
import { invalid, type FieldErrors } from '@/components/form-state';
import { bodyPicturesWithoutAlt, renderBody } from '@/db/media';
import { deletePage, savePage } from '@/db/pages';
import { articleErrors } from '@/lib/article-form';
import { t } from '@/lib/i18n';
import { pageFormSchema, type PageField } from '@/lib/page-form';
import { echoPageValues } from './page-values';

const p = t.admin.pages;
const a = t.admin.articles;

const pageIdOf = (formData: FormData) => {
  const raw = String(formData.get('id') ?? '');
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

/**
 * Saves a page (editors, admins), or only renders its body for the preview. Its address is regenerated,
 * and every page of the site when the footer lists it (or did).
 */
export async function savePageAction(_previous: PageFormState, formData: FormData): Promise<PageFormState> {
  const id = pageIdOf(formData);
  const staff = await requireStaff('articles', id ? `/admin/pages/${id}` : '/admin/pages/nouvelle');
  const values = echoPageValues(formData);
  if (formData.get('intent') === 'preview')
    return { status: 'preview', values, preview: renderBody(values.bodyMarkdown.replace(/\r\n?/g, '\n')) };
  const parsed = pageFormSchema.safeParse(values);
  const errors: FieldErrors<PageField> = parsed.success
    ? {}
    : Object.fromEntries(
        Object.entries(articleErrors<PageField>(parsed.error)).map(([field, code]) => [field, a.errors[code]]),
      );
  // Readers never get a picture without words: publishing waits until each one of the body has some.
  const withoutAlt =
    parsed.success && parsed.data.status === 'published' ? bodyPicturesWithoutAlt(parsed.data.bodyMarkdown) : [];
  if (withoutAlt.length) errors.bodyMarkdown = a.pictureAlt(withoutAlt);
  if (!parsed.success || Object.keys(errors).length) return invalid(values, errors, p.errorSummary);
  return unlessStorageFails('savePage', values, t.admin.unavailable, async () => {
    const version = Number(formData.get('version'));
    const saved = savePage(
      id,
      parsed.data,
      { staffId: staff.id, ip: await clientIp() },
      new Date(),
      Number.isSafeInteger(version) && version > 0 ? version : null,
    );
    if (!saved.ok && saved.error === 'missing') redirect('/admin/pages');
    if (!saved.ok && saved.error === 'conflict') return invalid(values, {}, t.admin.writing.conflict);
    if (!saved.ok) return invalid(values, { slug: p.slugTaken }, p.errorSummary);
    revalidatePage(saved.before, saved.after);
    redirect(`/admin/pages/${saved.id}?enregistree`);
  });
}

/** Deletes a page for good (editors, admins); the footer drops it at once if it was listed there. */
export async function deletePageAction(formData: FormData): Promise<void> {
  const id = pageIdOf(formData);
  const staff = await requireStaff('articles', id ? `/admin/pages/${id}` : '/admin/pages');
  if (id === null) redirect('/admin/pages');
  const removed = deletePage(id, { staffId: staff.id, ip: await clientIp() });
  if (removed) revalidatePage(removed);
  redirect('/admin/pages?supprimee');
}
