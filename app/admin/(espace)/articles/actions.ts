'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { getArticleForEditing, saveArticle } from '@/db/staff-articles';
import { getMedia, libraryPictures, renderBody } from '@/db/media';
import {
  articleErrors,
  articleFormSchema,
  picturesWithoutAlt,
  type ArticleField,
  type ArticleFieldError,
} from '@/lib/article-form';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { bodyImages } from '@/lib/markdown';
import type { ArticleFormState } from '@/components/admin/article-form';
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
        const images = bodyImages(form.bodyMarkdown);
        withoutAlt = picturesWithoutAlt(images, libraryPictures(images.map((image) => image.src)));
        if (withoutAlt.length) errors.bodyMarkdown = 'pictureAlt';
      }
    }
    if (!parsed.success || Object.keys(errors).length)
      return invalid(values, messages(errors, withoutAlt), a.errorSummary);

    const saved = saveArticle(id, parsed.data, { staffId: staff.id, ip: await clientIp() }, new Date());
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
