import { diffWordsWithSpace } from 'diff';

export type DiffPart = { change: 'same' | 'added' | 'removed'; text: string };

/**
 * The word-level changes that turn `from` into `to` (the `diff` library's Myers diff over words), with
 * spaces and line breaks kept as they are so the parts laid end to end read as either text.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWordsWithSpace(from, to).map((part) => ({
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** Whether two texts differ at all. */
export const hasChanges = (parts: DiffPart[]) => parts.some((part) => part.change !== 'same');
