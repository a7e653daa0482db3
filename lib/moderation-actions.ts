import type { CommentStatus } from './vocabulary';

/*
 * What a moderator's action does to a comment, by its current status (— : does not apply, left alone,
 * so that "approve everything on the page" never touches what is already approved):
 *
 *   action      pending   approved  spam      trash
 *   approve     approved  —         approved  approved
 *   unapprove   —         pending   —         —
 *   spam        spam      spam      —         spam
 *   trash       trash     trash     trash     —
 *   restore     —         —         pending   pending
 *
 * Permanent deletion is separate (admins, spam and trash only): it cannot be undone.
 */
export const moderationActions = ['approve', 'unapprove', 'spam', 'trash', 'restore'] as const;
export type ModerationAction = (typeof moderationActions)[number];

const transitions: Record<ModerationAction, Partial<Record<CommentStatus, CommentStatus>>> = {
  approve: { pending: 'approved', spam: 'approved', trash: 'approved' },
  unapprove: { approved: 'pending' },
  spam: { pending: 'spam', approved: 'spam', trash: 'spam' },
  trash: { pending: 'trash', approved: 'trash', spam: 'trash' },
  restore: { spam: 'pending', trash: 'pending' },
};

export function nextStatus(action: ModerationAction, current: CommentStatus): CommentStatus | null {
  return transitions[action][current] ?? null;
}

/** Only spam and trash can be deleted for good: an approved or waiting comment goes through the trash first. */
export function isDeletable(status: CommentStatus): boolean {
  return status === 'spam' || status === 'trash';
}

/** The change in an article's count of approved comments when one of its comments goes from one status to another. */
export function approvedDelta(from: CommentStatus, to: CommentStatus): number {
  return (to === 'approved' ? 1 : 0) - (from === 'approved' ? 1 : 0);
}

/** The queue's tabs. A comment hidden by reports waits under "Signalés", not "En attente". */
export const queueTabs = ['pending', 'reported', 'approved', 'spam', 'trash'] as const;
export type QueueTab = (typeof queueTabs)[number];

// The keyboard's undo (u) is offered for 10 seconds; the server accepts it a little longer so that a
// slow network or a moderator on a phone without JavaScript is not refused at the last second.
export const UNDO_OFFER_MS = 10_000;
const UNDO_ACCEPT_MS = 120_000;

/** The oldest batch that can still be undone (or named in the message after it). */
export function undoWindowStart(now: Date): Date {
  return new Date(now.getTime() - UNDO_ACCEPT_MS);
}
