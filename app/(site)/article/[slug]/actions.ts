'use server';

import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCommentTarget } from '@/db/articles';
import { createJudgedComment, getCommentLocation, getReplyTarget, reportComment } from '@/db/comments';
import { reportReasons } from '@/lib/vocabulary';
import { getSettings } from '@/db/settings';
import { commenterCookieOptions } from '@/app/_server/commenter-cookie-options';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { emailHash } from '@/lib/commenter-identity';
import { commentPermalink } from '@/lib/comment-permalink';
import {
  encodeHeldIds,
  encodeRemembered,
  HELD_COOKIE,
  HELD_MAX_AGE,
  READER_COOKIE,
  READER_MAX_AGE,
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE,
  secondsSinceRender,
} from '@/lib/commenter-cookies';
import {
  commentFields,
  commentLimits,
  readCommentValues,
  type CommentField,
  type CommentValues,
} from '@/lib/comment-fields';
import { parseCommentForm, type CommentInput, type FieldErrorCode } from '@/lib/comment-validation';
import { areCommentsOpen } from '@/lib/comments-open';
import { t } from '@/lib/i18n';
import { decideComment, describeReason, type Refusal } from '@/lib/moderation-policy';
import { encodeOwnKeys, OWN_COOKIE } from '@/lib/own-comment-keys';
import { placeReply } from '@/lib/reply-placement';
import { decideReport } from '@/lib/report-policy';
import { secretFor } from '@/lib/secret';
import { keyedHash, signToken, verifyToken } from '@/lib/signed-token';
import type { CommentFormState } from '@/components/comment-form-state';
import { invalid, type FieldErrors } from '@/components/form-state';

function fieldErrors(errors: Partial<Record<CommentField, FieldErrorCode>>): FieldErrors<CommentField> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, code]) => [
      field,
      code === 'required'
        ? t.comments.fieldErrors.required[field as CommentField]
        : code === 'tooLong'
          ? t.comments.fieldErrors.tooLong(commentLimits[field as CommentField])
          : t.comments.fieldErrors[code],
    ]),
  );
}

/** Posts a reader's comment or reply: validated, decided by the moderation policy, stored once. */
export async function postComment(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = readCommentValues(formData);
  const parsed = parseCommentForm(
    Object.fromEntries([...commentFields, 'remember', 'notifyReplies'].map((field) => [field, formData.get(field)])),
  );
  if (!parsed.ok) return invalid(values, fieldErrors(parsed.errors), t.comments.errorSummary);
  return unlessStorageFails('postComment', values, t.comments.unavailable, () =>
    storeComment(values, parsed.data, formData),
  );
}

async function storeComment(values: CommentValues, data: CommentInput, formData: FormData): Promise<CommentFormState> {
  const refused = (message: string) => invalid<CommentValues, CommentField>(values, {}, message);
  const now = new Date();
  const settings = getSettings();
  const article = getCommentTarget(Number(formData.get('articleId')));
  if (!article) return refused(t.comments.refusals['no-article']);
  const parentId = Number(formData.get('parentId') || 0);
  const target = parentId ? getReplyTarget(parentId, article.id) : null;
  if (parentId && !target) return refused(t.comments.refusals['no-parent']);
  const { parent, replyToName } = placeReply(target, settings.threadDepth);

  const ip = await clientIp();
  const userAgent = (await headers()).get('user-agent')?.slice(0, 300) ?? null;
  const signals = {
    honeypotFilled: Boolean(formData.get('website')),
    secondsSinceRender: secondsSinceRender(formData.get('token'), article.id, now.getTime()),
  };
  const commentsOpen = areCommentsOpen(article, settings, now);
  const result = createJudgedComment<Refusal>(
    {
      articleId: article.id,
      parent,
      replyToName,
      authorName: data.authorName,
      authorEmail: data.authorEmail,
      authorEmailHash: emailHash(data.authorEmail),
      authorUrl: data.authorUrl,
      body: data.body,
      ip,
      userAgent,
      createdAt: now,
    },
    settings,
    (history, pace) => {
      const decision = decideComment({
        body: data.body,
        authorUrl: data.authorUrl,
        article: { commentMode: article.commentMode, commentsOpen, surging: pace.surging },
        commenter: history,
        recent: history,
        signals,
        settings,
      });
      return decision.kind === 'refuse'
        ? { refused: decision.refusal }
        : { status: decision.status, heldReason: describeReason(decision.reason) };
    },
    // A confirmation (or nothing, past the limits) is queued with the comment, never sent here.
    data.notifyReplies ? { ipHash: ip ? keyedHash(ip, secretFor('mail-client')) : null } : null,
  );
  if ('refused' in result) return refused(t.comments.refusals[result.refused]);
  const { id } = result;

  const jar = await cookies();
  if (settings.ownEditMinutes > 0) {
    const key = { id, createdAt: now.getTime() };
    jar.set(OWN_COOKIE, encodeOwnKeys(jar.get(OWN_COOKIE)?.value, key, now.getTime(), settings.ownEditMinutes), {
      ...commenterCookieOptions,
      maxAge: settings.ownEditMinutes * 60,
    });
  }
  if (data.remember) {
    jar.set(
      REMEMBER_COOKIE,
      encodeRemembered({ authorName: data.authorName, authorEmail: data.authorEmail, authorUrl: data.authorUrl }),
      { ...commenterCookieOptions, maxAge: REMEMBER_MAX_AGE },
    );
  } else {
    jar.delete(REMEMBER_COOKIE);
  }

  if (result.status === 'approved') {
    revalidateArticle(article);
    const page = getCommentLocation(id, settings.threadsPerPage, settings.threadOrder)?.page ?? 1;
    redirect(commentPermalink(article.slug, id, page));
  }
  // Held and spam are answered alike, so a spammer learns nothing; only the author sees the comment.
  jar.set(HELD_COOKIE, encodeHeldIds(jar.get(HELD_COOKIE)?.value, id), {
    ...commenterCookieOptions,
    maxAge: HELD_MAX_AGE,
  });
  redirect(commentPermalink(article.slug, id, 1));
}

const reportSchema = z.object({ commentId: z.coerce.number().int().positive(), reason: z.enum(reportReasons) });

/**
 * "Signaler": one report per reader and comment, a reader being known by cookie and by address; enough
 * of them take the comment down until a moderator decides (lib/report-policy.ts).
 */
export async function reportCommentAction(formData: FormData): Promise<void> {
  const parsed = reportSchema.safeParse({ commentId: formData.get('commentId'), reason: formData.get('reason') });
  if (!parsed.success) return;
  const jar = await cookies();
  let readerId = verifyToken(jar.get(READER_COOKIE)?.value ?? '', secretFor('reader-id'));
  if (!readerId) {
    readerId = randomBytes(16).toString('base64url');
    jar.set(READER_COOKIE, signToken(readerId, secretFor('reader-id')), {
      ...commenterCookieOptions,
      maxAge: READER_MAX_AGE,
    });
  }
  const ip = await clientIp();
  const { reportsToHide } = getSettings();
  const result = reportComment(
    {
      commentId: parsed.data.commentId,
      readerHash: keyedHash(readerId, secretFor('reader-id')),
      addressHash: ip ? keyedHash(ip, secretFor('reporter-address')) : null,
      reason: parsed.data.reason,
      now: new Date(),
    },
    (facts) => decideReport(facts, reportsToHide),
  );
  const article = result.articleId ? getCommentTarget(result.articleId) : null;
  if (!article) return;
  if (result.hidden) revalidateArticle(article);
  redirect(`/article/${article.slug}?signale=${parsed.data.commentId}#comment-${parsed.data.commentId}`);
}
