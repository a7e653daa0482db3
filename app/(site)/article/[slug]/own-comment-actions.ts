'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCommentTarget } from '@/db/articles';
import { getCommentLocation } from '@/db/comments';
import { isSurging } from '@/db/comment-surges';
import { deleteOwnComment, editOwnComment } from '@/db/own-comments';
import { getSettings } from '@/db/settings';
import { commenterCookieOptions } from '@/app/_server/commenter-cookie-options';
import { ownKeyForId } from '@/app/_server/own-comment-key';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { encodeHeldIds, HELD_COOKIE, HELD_MAX_AGE } from '@/lib/commenter-cookies';
import { commentLimits } from '@/lib/comment-fields';
import { parseCommentEdit } from '@/lib/comment-validation';
import { areCommentsOpen } from '@/lib/comments-open';
import { t } from '@/lib/i18n';
import { decideComment, decideEdit, type Refusal } from '@/lib/moderation-policy';
import { invalid } from '@/components/form-state';
import type { OwnCommentFormState, OwnCommentValues } from '@/components/own-comment-form-state';

const own = t.comments.own;

const idOf = (raw: FormDataEntryValue | null) =>
  typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;

/**
 * The author changes the text of their comment, from the browser that posted it and within the window
 * (its key, not the id sent, is what allows it). The new text is judged again by the moderation policy.
 */
export async function editOwnCommentAction(
  _previous: OwnCommentFormState,
  formData: FormData,
): Promise<OwnCommentFormState> {
  const raw = formData.get('body');
  const values: OwnCommentValues = {
    commentId: String(formData.get('commentId') ?? '').slice(0, 20),
    body: typeof raw === 'string' ? raw.slice(0, commentLimits.body * 2) : '',
  };
  const now = new Date();
  const id = idOf(formData.get('commentId'));
  const key = id ? await ownKeyForId(id, now) : null;
  if (!id || !key) return invalid(values, {}, own.expired);
  const parsed = parseCommentEdit(raw);
  if (!parsed.ok) {
    const error =
      parsed.error === 'tooLong'
        ? t.comments.fieldErrors.tooLong(commentLimits.body)
        : t.comments.fieldErrors.required.body;
    return invalid(values, { body: error }, own.errorSummary);
  }
  return unlessStorageFails('editOwnComment', values, t.comments.unavailable, async () => {
    const settings = getSettings();
    let slug: string | null = null;
    const result = editOwnComment<Refusal | 'no-article'>(
      { id, createdAt: new Date(key.createdAt), body: parsed.body, now },
      (comment, history) => {
        const article = getCommentTarget(comment.articleId);
        if (!article) return { refused: 'no-article' };
        slug = article.slug;
        const verdict = decideEdit(
          comment,
          decideComment({
            action: 'edit',
            body: parsed.body,
            authorUrl: comment.authorUrl,
            article: {
              commentMode: article.commentMode,
              commentsOpen: areCommentsOpen(article, settings, now),
              surging: isSurging(article.id, now),
            },
            commenter: history,
            recent: history,
            signals: { honeypotFilled: false, secondsSinceRender: null },
            settings,
          }),
        );
        return verdict.kind === 'refuse' ? { refused: verdict.refusal } : verdict;
      },
    );
    if (result.outcome === 'gone') return invalid(values, {}, own.expired);
    if (result.outcome === 'refused') return invalid(values, {}, t.comments.refusals[result.refusal]);
    const article = getCommentTarget(result.articleId);
    if (article && (result.before === 'approved' || result.after === 'approved')) revalidateArticle(article);
    if (result.after !== 'approved') {
      // Back in the queue: only its author sees it in place, as a held comment.
      const jar = await cookies();
      jar.set(HELD_COOKIE, encodeHeldIds(jar.get(HELD_COOKIE)?.value, id), {
        ...commenterCookieOptions,
        maxAge: HELD_MAX_AGE,
      });
    }
    const page =
      result.after === 'approved'
        ? (getCommentLocation(id, settings.threadsPerPage, settings.threadOrder)?.page ?? 1)
        : 1;
    redirect(`/article/${article?.slug ?? slug}${page > 1 ? `?cpage=${page}` : ''}#comment-${id}`);
  });
}

/** The author deletes their comment, on the same terms as an edit; its replies stay. */
export async function deleteOwnCommentAction(formData: FormData): Promise<void> {
  const now = new Date();
  const id = idOf(formData.get('commentId'));
  const key = id ? await ownKeyForId(id, now) : null;
  const slug = typeof formData.get('slug') === 'string' ? String(formData.get('slug')) : '';
  const back = `/article/${encodeURIComponent(slug)}`;
  // Refused: the page at ?supprimer=ID tells this browser it can no longer change that comment.
  const refused = `${back}?supprimer=${id ?? 0}#comment-${id ?? 0}`;
  if (!id || !key) redirect(refused);
  const deleted = deleteOwnComment({ id, createdAt: new Date(key.createdAt), now });
  if (!deleted) redirect(refused);
  const article = getCommentTarget(deleted.articleId);
  if (article && deleted.wasPublic) revalidateArticle(article);
  redirect(`/article/${article?.slug ?? slug}#commentaires`);
}
