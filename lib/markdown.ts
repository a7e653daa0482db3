import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { embedOf, embedOfFrameCode, embedProviders, isFrameCode, type Embed } from './embeds';
import { t } from './i18n';
import { bodyPictureSizes, responsiveImage } from './responsive-image';

// Raw HTML in the Markdown is not interpreted (html: false), and the output still goes through an
// allow-list sanitiser, so a body can never carry a script, an event handler or a javascript: link.
// typographer stays off: French « » and ’ are kept exactly as the journalist typed them.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** A picture of the media library as the body shows it: its size and the words it carries there. */
export type LibraryPicture = {
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};
export type RenderOptions = { picture?: (src: string) => LibraryPicture | null };
// plainText: drawing out the words (search, reading time), where an embed's link text is no word of the story.
type Env = { options: RenderOptions; plainText?: boolean };

const paragraphText = (content: string) => content.trim().replace(/^<(https?:\/\/[^\s>]+)>$/, '$1');

markdown.core.ruler.push('figure', (state) => {
  const tokens = state.tokens;
  const options = (state.env as Partial<Env> | undefined)?.options ?? {};
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [open, inline, close] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (open.type !== 'paragraph_open' || inline.type !== 'inline' || close.type !== 'paragraph_close') continue;
    // A provider's address alone on its line is an embed; a pasted player code is one too when its
    // source is allowed, and is dropped otherwise.
    const text = paragraphText(inline.content);
    const frameCode = isFrameCode(text);
    const embed = frameCode ? embedOfFrameCode(text) : /\s/.test(text) ? null : embedOf(text);
    if (embed || frameCode) {
      const replacement = embed ? [Object.assign(new state.Token('embed', '', 0), { meta: embed })] : [];
      tokens.splice(i, 3, ...replacement);
      if (!embed) i--;
      continue;
    }
    const image = inline.children?.length === 1 ? inline.children[0]! : null;
    if (image?.type !== 'image') continue;
    const src = String(image.attrGet('src') ?? '');
    const picture = options.picture?.(src) ?? null;
    const caption = image.attrGet('title') || picture?.caption;
    if (picture) describePicture(state, image, src, picture, open.level === 0 && i === 0);
    // An image alone in its paragraph with a caption (a title, ![alt](src "Légende"), or the library's) is
    // a figure: how a WordPress [caption] is written here, and a journalist can write one the same way.
    if (!caption && !picture?.credit) continue;
    open.tag = close.tag = 'figure';
    const captionTokens = [new state.Token('figcaption_open', 'figcaption', 1)];
    if (caption) captionTokens.push(Object.assign(new state.Token('text', '', 0), { content: String(caption) }));
    if (picture?.credit) {
      const credit = new state.Token('credit_open', 'span', 1);
      credit.attrSet('class', 'credit');
      captionTokens.push(
        Object.assign(new state.Token('text', '', 0), { content: caption ? ' ' : '' }),
        credit,
        Object.assign(new state.Token('text', '', 0), { content: picture.credit }),
        new state.Token('credit_close', 'span', -1),
      );
    }
    captionTokens.push(new state.Token('figcaption_close', 'figcaption', -1));
    inline.children!.push(...captionTokens);
  }
});

/**
 * A library picture gets its alt text when the body gives none, its size (no layout shift), a srcset, and
 * lazy loading unless it opens the body, where it may be on the first screen.
 */
function describePicture(state: StateCore, image: Token, src: string, picture: LibraryPicture, opensBody: boolean) {
  if (!image.children?.some((child) => child.content.trim()) && picture.alt)
    image.children = [Object.assign(new state.Token('text', '', 0), { content: picture.alt })];
  const responsive = responsiveImage(src, picture.width);
  image.attrSet('src', responsive.src);
  image.attrSet('srcset', responsive.srcSet);
  image.attrSet('sizes', bodyPictureSizes);
  image.attrSet('width', String(picture.width));
  image.attrSet('height', String(picture.height));
  if (opensBody) image.attrSet('loading', 'eager');
}

markdown.renderer.rules.embed = (tokens, idx, _options, env) => {
  if ((env as Partial<Env> | undefined)?.plainText) return '';
  const embed = tokens[idx]!.meta as Embed;
  const escape = markdown.utils.escapeHtml;
  const words = t.embeds[embed.provider];
  return (
    `<figure class="embed embed--${embed.provider}">` +
    `<a href="${escape(embed.url)}" data-embed="${embed.provider}">${escape(words.link)}</a>` +
    `<figcaption>${escape(t.embeds.notice(words.name))}</figcaption></figure>\n`
  );
};

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
    'span',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'data-embed'],
    img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'title', 'loading', 'decoding'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { figure: ['embed', ...embedProviders.map((name) => `embed--${name}`)], span: ['credit'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1 of an article page.
    h1: 'h2',
    a: (tagName, { 'data-embed': provider, ...attribs }) => ({
      tagName,
      attribs: {
        ...(/^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener' } : attribs),
        // Only a link the renderer made from an allowed address is offered to the click-to-load script.
        ...(provider && embedOf(attribs.href ?? '')?.provider === provider ? { 'data-embed': provider } : {}),
      },
    }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, loading: attribs.loading === 'eager' ? 'eager' : 'lazy', decoding: 'async' },
    }),
  },
};

/** The one renderer for staff-written article bodies: Markdown in, safe HTML out. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return sanitizeHtml(markdown.render(source, { options } satisfies Env), sanitizeOptions);
}

/** The pictures a body shows: their address and the alt text the body gives them (maybe empty). */
export function bodyImages(source: string): { src: string; alt: string }[] {
  const images: { src: string; alt: string }[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'image')
        images.push({
          src: String(token.attrGet('src') ?? ''),
          alt:
            token.children
              ?.map((c) => c.content)
              .join('')
              .trim() ?? '',
        });
      if (token.children) walk(token.children);
    }
  };
  walk(markdown.parse(source, { options: {} } satisfies Env));
  return images;
}

const textOfHtml = (html: string) =>
  sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();

/** Plain words of a Markdown body, for reading time and summaries. */
export function markdownToText(source: string): string {
  return textOfHtml(markdown.render(source, { options: {}, plainText: true } satisfies Env));
}

/** renderMarkdown and markdownToText from one parse of the source (an import renders thousands of bodies). */
export function renderMarkdownWithText(source: string): { html: string; text: string } {
  const tokens = markdown.parse(source, { options: {} } satisfies Env);
  const render = (env: Env) => markdown.renderer.render(tokens, markdown.options, env);
  return {
    html: sanitizeHtml(render({ options: {} }), sanitizeOptions),
    text: textOfHtml(render({ options: {}, plainText: true })),
  };
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
