import { foldForMatching } from './fold';

/** What the search reads of a reader's text: longer text is cut, further words are ignored. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

// FTS5 reads these as operators only in capitals; in capitals they are the reader asking for one, and
// every word is required anyway. In lower case they stay words: "or" is French ("le prix de l'or").
const OPERATORS = /(?<![\p{L}\p{N}])(?:AND|OR|NOT|NEAR)(?![\p{L}\p{N}])/gu;
// French elisions (l’, d’, qu’, jusqu’…): "l’OTSC" must find an article that only says "OTSC".
const ELISION = /(?<![\p{L}\p{N}])(?:l|d|j|n|s|t|m|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/gu;
// The index's tokenizer (unicode61, migration 0003) keeps letters and digits and splits on the rest;
// splitting the same way leaves no quote, star, parenthesis, colon, caret or minus to be read as syntax.
const SEPARATORS = /[^\p{L}\p{N}]+/u;
// Words this long also find their longer forms, plurals and feminines ("election" finds "élections");
// shorter ones ("de", "la", "but") would find too many unrelated words.
const PREFIX_FROM = 4;

/** One word as an FTS5 term; a word written with oe or ae also finds œ and æ, which the index keeps as letters. */
function term(word: string): string {
  const one = (w: string) => `"${w}"${w.length >= PREFIX_FROM ? '*' : ''}`;
  const ligatured = word.replace(/oe/g, 'œ').replace(/ae/g, 'æ');
  return ligatured === word ? one(word) : `(${one(word)} OR ${one(ligatured)})`;
}

/**
 * A reader's text as a safe FTS5 MATCH expression that requires all its words (accents and case
 * folded, as the index folds them), or null when no word is left: the page then asks for one.
 * Whatever the input, the result is only quoted words, so the search never fails on FTS syntax.
 */
export function toMatchExpression(input: string): string | null {
  const text = foldForMatching(
    input.slice(0, MAX_QUERY_CHARS).toWellFormed().normalize('NFC').replace(OPERATORS, ' '),
  ).replace(ELISION, ' ');
  const words = [...new Set(text.split(SEPARATORS).filter(Boolean))].slice(0, MAX_QUERY_TERMS);
  // AND spelled out: FTS5 only implies it between plain terms, not before a group like (x OR y).
  return words.length > 0 ? words.map(term).join(' AND ') : null;
}
