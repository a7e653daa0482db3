// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a comment display
// in a different order than it reads ("Trojan Source"), and let a name or a URL impersonate another.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Zero-width space and BOM hide words from the filters. U+200D (ZWJ) stays: emoji sequences need it.
const ZERO_WIDTH = /[\u200B\uFEFF]/g;
// Every C0/C1 control and DEL except LF and TAB (TAB has already become a space when this runs).
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const TRAILING_SPACES = /[^\S\n]+\n/g;
const MORE_THAN_TWO_BLANK_LINES = /\n{4,}/g;

/**
 * The one cleaning applied to every piece of text a reader sends, before validation and storage:
 * the stored text is what was measured, matched against the word lists and shown.
 */
export function cleanText(input: string): string {
  return (
    input
      // Lone surrogates (possible in JSON or a hand-made request) would become U+FFFD somewhere later anyway.
      .toWellFormed()
      .replace(/\r\n?/g, '\n')
      .replace(/\u2028/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .replace(/\t/g, ' ')
      .replace(CONTROLS, '')
      .replace(BIDI_CONTROLS, '')
      .replace(ZERO_WIDTH, '')
      // After the removals: a control between a letter and its accent must not block the composition.
      .normalize('NFC')
      .replace(TRAILING_SPACES, '\n')
      .replace(MORE_THAN_TWO_BLANK_LINES, '\n\n\n')
      .trim()
  );
}
