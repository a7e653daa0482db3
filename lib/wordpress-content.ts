import { autop } from '@wordpress/autop';
import TurndownService from 'turndown';

// A WordPress post body becomes the Markdown our editor edits, so an imported article is stored like a
// written one (body_markdown, rendered once by lib/markdown.ts) and stays editable. The HTML is first
// made into what a WordPress reader saw: block comments out, paragraphs from blank lines (wpautop),
// the core shortcodes expanded; unknown shortcodes are stripped and reported.

export type WpImage = { src: string; alt: string };
export type ContentContext = {
  /** The pictures of a [gallery]: its ids, or the post's own attachments when it names none. */
  galleryImages: (ids: number[]) => WpImage[];
};
export type ConvertedContent = { markdown: string; unknownShortcodes: string[] };

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const SHORTCODE_NAME = '[a-z][a-z0-9_-]*';

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([a-z_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/gi))
    found[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4];
  return found;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function imageTag(image: WpImage): string {
  return `<img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}">`;
}

function link(url: string): string {
  return `<a href="${escapeAttribute(url)}">${url.replace(/</g, '&lt;')}</a>`;
}

/** [caption]<img …> Text[/caption] → a figure whose caption is the text after the image. */
function caption(inner: string): string {
  const image = inner.match(/<img\b[^>]*>/i);
  if (!image) return inner;
  const { src = '', alt = '' } = attributes(image[0]);
  const text = inner
    .slice(inner.indexOf(image[0]) + image[0].length)
    .replace(/^\s*<\/a>/i, '')
    .replace(/<[^>]+>/g, '')
    .trim();
  return `<figure>${imageTag({ src, alt })}<figcaption>${text}</figcaption></figure>`;
}

function expandShortcodes(html: string, context: ContentContext, unknown: Set<string>): string {
  const enclosing = new RegExp(`\\[(${SHORTCODE_NAME})\\b([^\\]]*)\\]([\\s\\S]*?)\\[\\/\\1\\]`, 'gi');
  const standalone = new RegExp(`\\[(${SHORTCODE_NAME})\\b((?:\\s[^\\]]*)?)\\/?\\]`, 'gi');
  const closers = new Set([...html.matchAll(new RegExp(`\\[\\/(${SHORTCODE_NAME})\\]`, 'gi'))].map((m) => m[1]));
  let out = html.replace(enclosing, (whole, name: string, attrs: string, inner: string) => {
    switch (name.toLowerCase()) {
      case 'caption':
      case 'wp_caption':
        return caption(inner);
      case 'embed':
        return link(inner.replace(/<[^>]+>/g, '').trim());
      default:
        unknown.add(name.toLowerCase());
        return inner;
    }
  });
  out = out.replace(standalone, (whole, name: string, attrs: string) => {
    const lower = name.toLowerCase();
    const attrMap = attributes(attrs);
    switch (lower) {
      case 'gallery': {
        const ids = (attrMap.ids ?? attrMap.include ?? '').split(',').map(Number).filter(Boolean);
        return context
          .galleryImages(ids)
          .map((image) => `<p>${imageTag(image)}</p>`)
          .join('\n');
      }
      case 'audio':
      case 'video': {
        const src = attrMap.src ?? attrMap.mp4 ?? attrMap.mp3 ?? Object.values(attrMap).find((v) => /^https?:/.test(v));
        return src ? link(src) : '';
      }
      default:
        // "[1]" or "[sic]" in prose is not a shortcode: only a name with attributes or a closing tag is.
        if (!attrs.trim() && !closers.has(name)) return whole;
        unknown.add(lower);
        return '';
    }
  });
  return out.replace(new RegExp(`\\[\\/(${SHORTCODE_NAME})\\]`, 'gi'), (whole, name: string) => {
    unknown.add(name.toLowerCase());
    return '';
  });
}

/** A URL alone on its line is an embed in WordPress (YouTube, X…): here it becomes a link. */
function embedsAsLinks(html: string): string {
  return html.replace(
    /^(\s*)(https?:\/\/[^\s<>"]+)\s*$/gm,
    (whole, indent: string, url: string) => `${indent}<p>${link(url)}</p>`,
  );
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '*',
  hr: '---',
});
turndown.remove(['script', 'style', 'iframe', 'object', 'embed', 'form']);
turndown.addRule('figure', {
  filter: 'figure',
  replacement: (content, node) => {
    const element = node as HTMLElement;
    const image = element.querySelector('img');
    if (!image) return `\n\n${content}\n\n`;
    const text = (element.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const alt = (image.getAttribute('alt') ?? '').replace(/[[\]]/g, '');
    const title = text ? ` "${text.replace(/"/g, '\\"')}"` : '';
    return `\n\n![${alt}](${image.getAttribute('src') ?? ''}${title})\n\n`;
  },
});

export function wordpressToMarkdown(content: string, context: ContentContext): ConvertedContent {
  const unknown = new Set<string>();
  const withoutBlocks = content.replace(BLOCK_COMMENT, '');
  const html = expandShortcodes(autop(embedsAsLinks(withoutBlocks)), context, unknown);
  return { markdown: turndown.turndown(html).trim(), unknownShortcodes: [...unknown].sort() };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** A WordPress comment (HTML without <p>) as our comments are stored: plain text, blank lines between paragraphs. */
export function commentHtmlToText(content: string): string {
  return decodeEntities(
    autop(content)
      .replace(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, (whole, href: string, text: string) => {
        const label = text.replace(/<[^>]+>/g, '').trim();
        return label === href || !/^https?:/i.test(href) ? label : `${label} (${href})`;
      })
      .replace(/<br\s*\/?>\s*/gi, '\n')
      .replace(/<\/p>\s*/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The same for a comment with no markup nor entity, most of an archive: what commentHtmlToText makes of it,
 * without wpautop's passes (wordpress-content.test.ts checks they agree).
 */
export function wordpressCommentToText(content: string): string {
  if (/[<&]/.test(content)) return commentHtmlToText(content);
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/^\n+/, '')
        .replace(/[ \t]*\n\s*/g, '\n')
        .replace(/\s+$/, ''),
    )
    .filter((paragraph) => paragraph.trim())
    .join('\n\n')
    .trim();
}
