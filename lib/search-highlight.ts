// Private-use characters mark the matched words in a snippet (db/search.ts asks FTS5 for them): never
// HTML, so a body's text can only ever be rendered as text, and the view wraps the marked parts itself.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type SnippetPart = { text: string; marked: boolean };

/** A snippet cut into plain and marked runs, in order; a stray or unclosed marker is not shown. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, run] of snippet.split(MARK_START).entries()) {
    const [inside, ...after] = run.split(MARK_END);
    // Before the first start marker, everything is plain text.
    const marked = i > 0 && after.length > 0;
    const pieces = marked
      ? [
          { text: inside, marked: true },
          { text: after.join(''), marked: false },
        ]
      : [{ text: run.replaceAll(MARK_END, ''), marked: false }];
    for (const piece of pieces) if (piece.text) parts.push(piece);
  }
  return parts;
}

export function hasMark(snippet: string): boolean {
  return snippet.includes(MARK_START);
}
