'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaff, requireStaffForRoute } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { autosaveArticle } from '@/db/revisions';
import { getArticleForEditing, saveArticle } from '@/db/staff-articles';
import { bodyPicturesWithoutAlt, getMedia, renderBody } from '@/db/media';
import {
  articleErrors,
  articleFormSchema,
  autosaveSchema,
  type ArticleField,
  type ArticleFieldError,
} from '@/lib/article-form';
import { config } from '@/lib/config';
import { formatTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ArticleFormState } from '@/components/admin/article-form';
import type { AutosaveState } from '@/components/admin/use-autosave';
import { invalid, type FieldErrors } from '@/components/form-state';
import { echoArticleValues } from './article-values';

const a = t.admin.articles;

const messages = (
  errors: Partial<Record<ArticleField, ArticleFieldError>>,
  withoutAlt: string[] = [],
): FieldErrors<ArticleField> =>
  Object.fromEntries(
    Object.entries(errors).map(([field, code]) => [
      field,
      code === 'pictureAlt' ? a.pictureAlt(withoutAlt) : a.errors[code],
    ]),
  );

/**
 * Saves an article (editors, admins), or only renders its body for the preview. Publishing or editing
 * regenerates every page it was and is on: the article, its section, tags and author, the home page.
 */
export async function saveArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const rawId = String(formData.get('id') ?? '');
  const staff = await requireStaff('articles', rawId ? `/admin/articles/${rawId}` : '/admin/articles/nouveau');
  const values = echoArticleValues(formData);
  if (formData.get('intent') === 'preview')
    return { status: 'preview', values, preview: renderBody(values.bodyMarkdown.replace(/\r\n?/g, '\n')) };
  return unlessStorageFails('saveArticle', values, t.admin.unavailable, async () => {
    const parsed = articleFormSchema(config.timeZone).safeParse(values);
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
    const existing = id === null ? null : getArticleForEditing(id);
    if (id !== null && !existing) redirect('/admin/articles');
    const errors = parsed.success ? {} : articleErrors(parsed.error);
    let withoutAlt: string[] = [];
    if (parsed.success) {
      const form = parsed.data;
      const chosen = form.heroMediaId === null ? null : getMedia(form.heroMediaId);
      if (form.heroMediaId !== null && !chosen) errors.heroMediaId = 'invalidChoice';
      const hero = form.removeHero ? null : (chosen ?? existing?.hero);
      if (hero && !form.heroAlt && !(chosen?.alt ?? '')) errors.heroAlt = 'altRequired';
      // Readers never get a picture without words: publishing waits until each one of the body has some.
      if (form.status === 'published') {
        withoutAlt = bodyPicturesWithoutAlt(form.bodyMarkdown);
        if (withoutAlt.length) errors.bodyMarkdown = 'pictureAlt';
      }
    }
    if (!parsed.success || Object.keys(errors).length)
      return invalid(values, messages(errors, withoutAlt), a.errorSummary);

    const version = Number(formData.get('version'));
    const saved = saveArticle(
      id,
      parsed.data,
      { staffId: staff.id, ip: await clientIp() },
      new Date(),
      Number.isSafeInteger(version) && version > 0 ? version : null,
    );
    if (!saved.ok && saved.error === 'conflict') return invalid(values, {}, t.admin.writing.conflict);
    if (!saved.ok) {
      const field: ArticleField =
        saved.error === 'slugTaken' ? 'slug' : saved.error === 'unknownPicture' ? 'heroMediaId' : 'sectionId';
      return invalid(
        values,
        messages({ [field]: saved.error === 'slugTaken' ? 'slugTaken' : 'invalidChoice' }),
        a.errorSummary,
      );
    }
    if (saved.before) revalidateArticle(saved.before);
    revalidateArticle(saved.after);
    redirect(`/admin/articles/${saved.id}?enregistre`);
  });
}

/**
 * Keeps what a member is typing in an existing article as their autosave (db/revisions.ts), without
 * touching the article; called by the editor's script. A refusal answers a state, never a redirect that
 * would take the member away from their unsaved text.
 */
export async function autosaveArticleAction(input: unknown): Promise<AutosaveState> {
  const access = await requireStaffForRoute('articles');
  if ('refusal' in access) return { status: 'failed' };
  const parsed = autosaveSchema.safeParse(input);
  if (!parsed.success) return { status: 'failed' };
  const { articleId, version, ...text } = parsed.data;
  // A database that cannot take the write now throws: the editor's script shows it as a failed autosave.
  const result = autosaveArticle(articleId, version, access.staff.id, text, new Date());
  if (result.ok) return { status: 'saved', at: formatTime(result.at) };
  return { status: result.error === 'conflict' ? 'conflict' : 'failed' };
}
