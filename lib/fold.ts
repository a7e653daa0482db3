// Characters that display as nothing (soft hyphen, word joiner, variation selectors, ZWJ…) are dropped
// when matching, so "ar\u00ADnaque" cannot slip past a list word "arnaque".
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A comparison key for the moderation word lists: "Sécurité", "SECURITE" and "sécurité" fold alike.
 * NFKD rather than NFD also folds look-alike compatibility forms (full-width letters, the "ﬁ" ligature).
 */
export function foldForMatching(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/\p{M}+/gu, '')
      .replace(INVISIBLE, '')
      // U+02BC is a letter for Unicode; as an apostrophe it must separate words like the others.
      .replace(/[’‘`ʼ]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
  );
}
