import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown is not interpreted (html: false), and the output still goes through an
// allow-list sanitiser, so a body can never carry a script, an event handler or a javascript: link.
// typographer stays off: French « » and ’ are kept exactly as the journalist typed them.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// An image alone in its paragraph with a title, ![alt](src "Légende"), is a figure and the title its
// caption: how a WordPress [caption] is written here, and a journalist can write one the same way.
markdown.core.ruler.push('figure', (state) => {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close') continue;
    const image = inline.children?.length === 1 ? inline.children[0] : null;
    const title = image?.type === 'image' ? image.attrGet('title') : null;
    if (!image || !title) continue;
    open.tag = close.tag = 'figure';
    const captionOpen = new state.Token('figcaption_open', 'figcaption', 1);
    const text = new state.Token('text', '', 0);
    text.content = String(title);
    inline.children!.push(captionOpen, text, new state.Token('figcaption_close', 'figcaption', -1));
  }
});

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'em',
    'strong',
    'code',
    'pre',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'loading', 'decoding'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1 of an article page.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener' } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } }),
  },
};

/** The one renderer for staff-written article bodies: Markdown in, safe HTML out. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions);
}

const textOfHtml = (html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();

/** Plain words of a Markdown body, for reading time and summaries. */
export function markdownToText(source: string): string {
  return textOfHtml(markdown.render(source));
}

/** renderMarkdown and markdownToText from one parse of the source (an import renders thousands of bodies). */
export function renderMarkdownWithText(source: string): { html: string; text: string } {
  const raw = markdown.render(source);
  return { html: sanitizeHtml(raw, sanitizeOptions), text: textOfHtml(raw) };
}

// A relaxed reading pace for news on a phone screen.
const WORDS_PER_MINUTE = 220;

export function readingMinutes(source: string): number {
  return readingMinutesOfText(markdownToText(source));
}

/** The same, from the plain words already drawn out (what an importer has at hand, saving a render). */
export function readingMinutesOfText(text: string): number {
  const words = text.split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
