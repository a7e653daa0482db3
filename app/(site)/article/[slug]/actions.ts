'use server';

import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCommentTarget } from '@/db/articles';
import { createComment, getCommenterHistory, getCommentLocation, getReplyTarget, reportComment } from '@/db/comments';
import { reportReasons } from '@/lib/vocabulary';
import { getSettings } from '@/db/settings';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { emailHash } from '@/lib/commenter-identity';
import {
  encodeHeldIds,
  encodeRemembered,
  HELD_COOKIE,
  HELD_MAX_AGE,
  READER_COOKIE,
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE,
  secondsSinceRender,
} from '@/lib/commenter-cookies';
import { commentLimits, parseCommentForm, type CommentField } from '@/lib/comment-validation';
import { areCommentsOpen } from '@/lib/comments-open';
import { t } from '@/lib/i18n';
import { decideComment, describeReason } from '@/lib/moderation-policy';
import { placeReply } from '@/lib/reply-placement';
import { secretFor } from '@/lib/secret';
import { keyedHash, signToken, verifyToken } from '@/lib/signed-token';
import type { CommentFormState } from '@/components/comment-form-state';

const fields: CommentField[] = ['body', 'authorName', 'authorEmail', 'authorUrl'];
const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.NODE_ENV === 'production' && !!process.env.SITE_URL?.startsWith('https:'),
  path: '/',
} as const;

/** What the reader typed, to put back in the form; a huge paste is cut, not echoed whole. */
function echo(formData: FormData): CommentFormState['values'] {
  const value = (field: CommentField) => {
    const raw = formData.get(field);
    return typeof raw === 'string' ? raw.slice(0, commentLimits[field] * 2) : '';
  };
  return {
    body: value('body'),
    authorName: value('authorName'),
    authorEmail: value('authorEmail'),
    authorUrl: value('authorUrl'),
    remember: formData.get('remember') === 'on',
  };
}

/** Posts a reader's comment or reply: validated, decided by the moderation policy, stored once. */
export async function postComment(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = echo(formData);
  const fail = (formError: string | null, errors: CommentFormState['errors'] = {}): CommentFormState => ({
    values,
    errors,
    formError,
  });

  const parsed = parseCommentForm(
    Object.fromEntries(
      fields.map((field) => [field, formData.get(field)]).concat([['remember', formData.get('remember')]]),
    ),
  );
  if (!parsed.ok) {
    const errors: CommentFormState['errors'] = {};
    for (const field of fields) {
      const code = parsed.errors[field];
      if (!code) continue;
      errors[field] =
        code === 'required'
          ? t.comments.fieldErrors.required[field]
          : code === 'tooLong'
            ? t.comments.fieldErrors.tooLong(commentLimits[field])
            : t.comments.fieldErrors[code];
    }
    return fail(t.comments.errorSummary, errors);
  }

  const now = new Date();
  const settings = getSettings();
  const article = getCommentTarget(Number(formData.get('articleId')));
  if (!article) return fail(t.comments.refusals['no-article']);
  const parentId = Number(formData.get('parentId') || 0);
  const target = parentId ? getReplyTarget(parentId, article.id) : null;
  if (parentId && !target) return fail(t.comments.refusals['no-parent']);
  const { parent, replyToName } = placeReply(target, settings.threadDepth);

  const { data } = parsed;
  const hash = emailHash(data.authorEmail);
  const ip = await clientIp();
  const history = getCommenterHistory({ emailHash: hash, ip, articleId: article.id, body: data.body, now });
  const decision = decideComment({
    body: data.body,
    authorUrl: data.authorUrl,
    article: { commentMode: article.commentMode, commentsOpen: areCommentsOpen(article, settings, now) },
    commenter: history,
    recent: history,
    signals: {
      honeypotFilled: Boolean(formData.get('website')),
      secondsSinceRender: secondsSinceRender(formData.get('token'), article.id, now.getTime()),
    },
    settings,
  });
  if (decision.kind === 'refuse') return fail(t.comments.refusals[decision.refusal]);

  const userAgent = (await headers()).get('user-agent')?.slice(0, 300) ?? null;
  const id = createComment({
    articleId: article.id,
    parent,
    replyToName,
    authorName: data.authorName,
    authorEmail: data.authorEmail,
    authorEmailHash: hash,
    authorUrl: data.authorUrl,
    body: data.body,
    status: decision.status,
    heldReason: describeReason(decision.reason),
    ip,
    userAgent,
    createdAt: now,
  });

  const jar = await cookies();
  if (data.remember) {
    jar.set(
      REMEMBER_COOKIE,
      encodeRemembered({ authorName: data.authorName, authorEmail: data.authorEmail, authorUrl: data.authorUrl }),
      { ...cookieOptions, maxAge: REMEMBER_MAX_AGE },
    );
  } else {
    jar.delete(REMEMBER_COOKIE);
  }

  if (decision.status === 'approved') {
    revalidateArticle(article);
    const page = getCommentLocation(id, settings.threadsPerPage, settings.threadOrder)?.page ?? 1;
    redirect(`/article/${article.slug}${page > 1 ? `?cpage=${page}` : ''}#comment-${id}`);
  }
  // Held and spam are answered alike, so a spammer learns nothing; only the author sees the comment.
  jar.set(HELD_COOKIE, encodeHeldIds(jar.get(HELD_COOKIE)?.value, id), { ...cookieOptions, maxAge: HELD_MAX_AGE });
  redirect(`/article/${article.slug}#comment-${id}`);
}

const reportSchema = z.object({ commentId: z.coerce.number().int().positive(), reason: z.enum(reportReasons) });

/** "Signaler": one report per reader and comment; enough of them take the comment down until a moderator decides. */
export async function reportCommentAction(formData: FormData): Promise<void> {
  const parsed = reportSchema.safeParse({ commentId: formData.get('commentId'), reason: formData.get('reason') });
  if (!parsed.success) return;
  const jar = await cookies();
  let readerId = verifyToken(jar.get(READER_COOKIE)?.value ?? '', secretFor('reader-id'));
  if (!readerId) {
    readerId = randomBytes(16).toString('base64url');
    jar.set(READER_COOKIE, signToken(readerId, secretFor('reader-id')), { ...cookieOptions, maxAge: 365 * 86_400 });
  }
  const settings = getSettings();
  const result = reportComment({
    commentId: parsed.data.commentId,
    reporterHash: keyedHash(readerId, secretFor('reader-id')),
    reason: parsed.data.reason,
    hideAt: settings.reportsToHide,
  });
  const article = result.articleId ? getCommentTarget(result.articleId) : null;
  if (!article) return;
  if (result.hidden) revalidateArticle(article);
  redirect(`/article/${article.slug}?signale=${parsed.data.commentId}#comment-${parsed.data.commentId}`);
}
