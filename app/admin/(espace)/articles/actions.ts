'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaff, requireStaffForRoute } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { autosaveArticle } from '@/db/revisions';
import { getArticleForEditing, saveArticle } from '@/db/staff-articles';
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
import { renderMarkdown } from '@/lib/markdown';
import type { ArticleFormState } from '@/components/admin/article-form';
import type { AutosaveState } from '@/components/admin/use-autosave';
import { invalid, type FieldErrors } from '@/components/form-state';
import { echoArticleValues } from './article-values';

const a = t.admin.articles;

const messages = (errors: Partial<Record<ArticleField, ArticleFieldError>>): FieldErrors<ArticleField> =>
  Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, a.errors[code]]));

/**
 * Saves an article (editors, admins), or only renders its body for the preview. Publishing or editing
 * regenerates every page it was and is on: the article, its section, tags and author, the home page.
 */
export async function saveArticleAction(_previous: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const rawId = String(formData.get('id') ?? '');
  const staff = await requireStaff('articles', rawId ? `/admin/articles/${rawId}` : '/admin/articles/nouveau');
  const values = echoArticleValues(formData);
  if (formData.get('intent') === 'preview')
    return { status: 'preview', values, preview: renderMarkdown(values.bodyMarkdown) };
  return unlessStorageFails('saveArticle', values, t.admin.unavailable, async () => {
    const parsed = articleFormSchema(config.timeZone).safeParse(values);
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
    const existing = id === null ? null : getArticleForEditing(id);
    if (id !== null && !existing) redirect('/admin/articles');
    const errors = parsed.success ? {} : articleErrors(parsed.error);
    if (parsed.success && existing?.hero && !parsed.data.removeHero && !parsed.data.heroAlt)
      errors.heroAlt = 'altRequired';
    if (!parsed.success || Object.keys(errors).length) return invalid(values, messages(errors), a.errorSummary);

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
      const field: ArticleField = saved.error === 'slugTaken' ? 'slug' : 'sectionId';
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
