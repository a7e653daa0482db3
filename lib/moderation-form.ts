import { z } from 'zod';
import { cleanText } from './clean-text';
import { commentLimits } from './comment-fields';
import { moderationActions } from './moderation-actions';

// A page of the queue holds 25 comments; a forged form cannot ask for more than a few pages at once.
const MAX_IDS = 200;

const commentId = z.coerce.number().int().positive();

export const moderationFormSchema = z.object({
  action: z.enum([...moderationActions, 'delete']),
  ids: z.array(commentId).min(1).max(MAX_IDS),
});

/**
 * The fields of a moderation form: one row's buttons (its id), or the bulk form — the ticked boxes, or
 * every comment on the page when "Tout sélectionner" is ticked (which works without JavaScript).
 */
export function readModerationForm(form: { get(name: string): unknown; getAll(name: string): unknown[] }) {
  const everything = form.get('all') === 'on';
  const pageIds = String(form.get('pageIds') ?? '')
    .split(',')
    .filter(Boolean);
  return { action: form.get('action'), ids: [...new Set(everything ? pageIds : form.getAll('ids'))] };
}

/** A comment's text as staff write or correct it: cleaned like a reader's, same length limit. */
export const staffCommentBody = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw) : raw),
  z.string().min(1, { error: 'required' }).max(commentLimits.body, { error: 'tooLong' }),
);

export const staffReplySchema = z.object({ parentId: commentId, body: staffCommentBody });
export const staffEditSchema = z.object({ id: commentId, body: staffCommentBody });
