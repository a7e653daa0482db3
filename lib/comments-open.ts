import type { Settings } from './settings';
import type { CommentMode } from './vocabulary';

const DAY = 86_400_000;

/** Whether an article takes new comments now: not closed, and not past the automatic closing delay. */
export function areCommentsOpen(
  article: { commentMode: CommentMode; keepCommentsOpen: boolean; publishedAt: Date },
  settings: Pick<Settings, 'autoCloseDays'>,
  now: Date,
): boolean {
  if (article.commentMode === 'closed') return false;
  if (article.keepCommentsOpen || settings.autoCloseDays === 0) return true;
  return now.getTime() < article.publishedAt.getTime() + settings.autoCloseDays * DAY;
}
