import type { Settings } from './settings';

/** What db/comment-surges.ts gathers about an article's comments when a new one arrives. */
export type SurgeFacts = {
  /** A surge already holds the article's new comments (started, not yet ended). */
  active: boolean;
  /** Comments stored on the article within the last surgeMinutes, whatever their status. */
  recentCount: number;
};

/**
 * Whether the article's new comments are held: a surge is on, or this comment makes more than
 * surgeComments within surgeMinutes (and starts one, for surgeHoldMinutes).
 */
export function judgeSurge(
  facts: SurgeFacts,
  settings: Pick<Settings, 'surgeComments'>,
): { surging: boolean; starts: boolean } {
  const starts = !facts.active && facts.recentCount + 1 > settings.surgeComments;
  return { surging: facts.active || starts, starts };
}
