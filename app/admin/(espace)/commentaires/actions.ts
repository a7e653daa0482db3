'use server';

import { randomBytes } from 'node:crypto';
import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticlesById } from '@/app/_server/revalidate-article';
import { requirePermission, requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import {
  createStaffReply,
  deleteCommentsForStaff,
  moderateComments,
  undoModerationBatch,
  updateCommentBodyForStaff,
  type ModerationChange,
} from '@/db/moderation-decisions';
import { getSettings } from '@/db/settings';
import { emailHash } from '@/lib/commenter-identity';
import { t } from '@/lib/i18n';
import { undoWindowStart } from '@/lib/moderation-actions';
import { moderationFormSchema, readModerationForm, staffEditSchema, staffReplySchema } from '@/lib/moderation-form';
import { safeReturnPath, withParam } from '@/lib/return-path';
import type { StaffTextState } from '@/components/admin/staff-text-form';
import { invalid } from '@/components/form-state';

async function actor(staffId: number) {
  return { staffId, ip: await clientIp(), batch: randomBytes(9).toString('base64url') };
}

/** Readers see an approved comment (or stop seeing one) on their next request. */
function revalidateVisible(changes: ModerationChange[]): void {
  revalidateArticlesById(
    changes
      .filter((change) => change.from === 'approved' || change.to === 'approved')
      .map((change) => change.articleId),
  );
}

/** Back to the queue as it was, with the batch named so the page can say what changed and offer to undo it. */
function backTo(formData: FormData, batch: string): never {
  redirect(withParam(safeReturnPath(formData.get('back')), 'fait', batch));
}

/** One row's buttons and the bulk form alike: approve, unapprove, spam, trash, restore, or delete for good (admins). */
export async function moderateAction(formData: FormData): Promise<void> {
  const back = safeReturnPath(formData.get('back'));
  const staff = await requireStaff('moderate', back);
  const parsed = moderationFormSchema.safeParse(readModerationForm(formData));
  if (!parsed.success) redirect(withParam(back, 'erreur', 'selection'));
  const { action, ids } = parsed.data;
  const by = await actor(staff.id);
  if (action === 'delete') {
    await requirePermission(staff, 'deleteComments');
    // Only spam and trash can be deleted: nothing readers see changes.
    deleteCommentsForStaff(ids, by);
  } else {
    revalidateVisible(moderateComments(ids, action, by));
  }
  backTo(formData, by.batch);
}

/** The undo of the message after an action (and of the u key). */
export async function undoAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('moderate', safeReturnPath(formData.get('back')));
  const batch = String(formData.get('batch') ?? '').slice(0, 32);
  const by = await actor(staff.id);
  revalidateVisible(undoModerationBatch(batch, undoWindowStart(new Date()), by));
  backTo(formData, by.batch);
}

/** The text as typed, for the form to show again; a huge paste is cut, not echoed whole. */
const typedText = (formData: FormData) => ({ body: String(formData.get('body') ?? '').slice(0, 20_000) });

function refusedText(formData: FormData, issues: { path: PropertyKey[]; message: string }[]): StaffTextState {
  const code = issues.find((issue) => issue.path[0] === 'body')?.message;
  const error = code === 'tooLong' ? t.admin.comments.bodyTooLong : t.admin.comments.bodyRequired;
  return invalid(typedText(formData), { body: error }, null);
}

/** Corrects a comment's text; the audit log keeps the version before. */
export async function editCommentAction(_previous: StaffTextState, formData: FormData): Promise<StaffTextState> {
  const staff = await requireStaff('moderate', safeReturnPath(formData.get('back')));
  const parsed = staffEditSchema.safeParse({ id: formData.get('id'), body: formData.get('body') });
  if (!parsed.success) return refusedText(formData, parsed.error.issues);
  const by = await actor(staff.id);
  return unlessStorageFails('editComment', typedText(formData), t.admin.unavailable, async () => {
    const edited = updateCommentBodyForStaff(parsed.data.id, parsed.data.body, by);
    if (edited?.status === 'approved') revalidateArticlesById([edited.articleId]);
    backTo(formData, by.batch);
  });
}

/** A reply signed "Rédaction", published at once (the comment answered is approved with it). */
export async function replyCommentAction(_previous: StaffTextState, formData: FormData): Promise<StaffTextState> {
  const staff = await requireStaff('moderate', safeReturnPath(formData.get('back')));
  const parsed = staffReplySchema.safeParse({ parentId: formData.get('parentId'), body: formData.get('body') });
  if (!parsed.success) return refusedText(formData, parsed.error.issues);
  const by = await actor(staff.id);
  return unlessStorageFails('replyComment', typedText(formData), t.admin.unavailable, async () => {
    const reply = createStaffReply({
      parentId: parsed.data.parentId,
      body: parsed.data.body,
      author: { id: staff.id, name: staff.name, email: staff.email, emailHash: emailHash(staff.email) },
      threadDepth: getSettings().threadDepth,
      actor: by,
    });
    if (reply) revalidateArticlesById([reply.articleId]);
    backTo(formData, by.batch);
  });
}
