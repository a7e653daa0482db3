import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff } from './word-diff';

const joined = (parts: ReturnType<typeof wordDiff>, skip: 'added' | 'removed') =>
  parts
    .filter((part) => part.change !== skip)
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('marks whole words, not letters', () => {
    const parts = wordDiff('Le prix du cacao monte.', 'Le prix du café monte.');
    expect(parts.filter((part) => part.change !== 'same')).toEqual([
      { change: 'removed', text: 'cacao' },
      { change: 'added', text: 'café' },
    ]);
  });

  it('gives back either text from its parts, line breaks included', () => {
    const from = 'Premier paragraphe.\n\nDeuxième, supprimé.';
    const to = 'Premier paragraphe modifié.\n\nTroisième.';
    const parts = wordDiff(from, to);
    expect(joined(parts, 'added')).toBe(from);
    expect(joined(parts, 'removed')).toBe(to);
  });

  it('says when nothing changed', () => {
    expect(hasChanges(wordDiff('Même texte.', 'Même texte.'))).toBe(false);
    expect(hasChanges(wordDiff('Même texte.', 'Même texte !'))).toBe(true);
  });
});
