import { foldForMatching } from './fold';

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|]/g;
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function foldWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ');
}

/**
 * The first entry of `words` (in list order) that occurs in `text` as a whole word or phrase,
 * ignoring case and accents. Entries are moderator input: they are escaped, never read as patterns.
 */
export function findListedWord(text: string, words: readonly string[]): string | null {
  const haystack = foldWhitespace(foldForMatching(text));
  for (const word of words) {
    const needle = foldWhitespace(foldForMatching(word)).trim();
    // The substring test is cheap and rules out almost every entry before a regex is built and run.
    if (!needle || !haystack.includes(needle)) continue;
    const escaped = needle.replace(REGEX_SYNTAX, '\\$&');
    const pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})${escaped}(?!${LETTER_OR_DIGIT})`, 'u');
    if (pattern.test(haystack)) return word;
  }
  return null;
}
