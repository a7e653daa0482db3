import { cleanText } from './clean-text';
import { findLinks } from './comment-links';

export type Inline = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string } | { kind: 'break' };
export type Paragraph = Inline[];

function pushText(paragraph: Paragraph, text: string): void {
  if (!text) return;
  const last = paragraph.at(-1);
  if (last?.kind === 'text') last.text += text;
  else paragraph.push({ kind: 'text', text });
}

function lineToInlines(line: string, paragraph: Paragraph): void {
  let position = 0;
  for (const link of findLinks(line)) {
    pushText(paragraph, line.slice(position, link.start));
    if (link.href) paragraph.push({ kind: 'link', href: link.href, text: link.text });
    else pushText(paragraph, link.text);
    position = link.end;
  }
  pushText(paragraph, line.slice(position));
}

/**
 * A reader's comment as data the view renders with text nodes and <a> elements only: nothing here is
 * HTML, so "<script>" in a comment is shown as those characters. Links point only to http(s) URLs.
 */
export function commentBodyToParagraphs(body: string): Paragraph[] {
  // Cleaned again on the way out: rows imported or edited outside the comment form get the same treatment.
  const text = cleanText(body);
  if (!text) return [];
  return text.split(/\n{2,}/).map((block) => {
    const paragraph: Paragraph = [];
    block.split('\n').forEach((line, i) => {
      if (i > 0) paragraph.push({ kind: 'break' });
      lineToInlines(line, paragraph);
    });
    return paragraph;
  });
}
