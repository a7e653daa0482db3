import { render } from 'dom-serializer';
import { Element, Text, type ParentNode } from 'domhandler';
import { appendChild, prepend, removeElement, replaceElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { t } from './i18n';
import { VERSION_PATHS } from './reading-version';

/**
 * The light version of a page Next has rendered: the same document without what only JavaScript uses (the
 * runtime's scripts, the inlined React payload, preloads), its stylesheets inlined, its pictures at the
 * smallest useful width and lazy past the first, and the footer's switch pointing back to the full version.
 * Forms are untouched: a server action's hidden inputs are what make a post work without JavaScript.
 */

// Wide enough for a phone's screen at one pixel per CSS pixel; the smallest of Next's widths above it is taken.
export const LIGHT_IMAGE_WIDTH = 384;

export type LightPageInput = {
  html: string;
  /** The page's own address (path and query), for the footer's way back to the full version. */
  path: string;
  /** The text of a stylesheet the page links to (`/_next/static/…`), or null when it cannot be read. */
  stylesheet: (href: string) => string | null;
};

export type LightPage = { html: string; css: string };

// Rel values that only fetch ahead: scripts, fonts and pictures the light page does not want before it needs them.
const FETCH_AHEAD = new Set(['preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'expect']);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Parsed without decoding entities, so attribute values read here are as written in the page.
const decodeAttribute = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");

export function lightPage({ html, path, stylesheet }: LightPageInput): LightPage {
  const document = parseDocument(html, { decodeEntities: false });
  const styles: string[] = [];
  const found: { styleSlot?: Element } = {};
  let pictures = 0;

  const visit = (parent: ParentNode) => {
    for (const node of [...parent.children]) {
      if (node.type === 'comment') {
        removeElement(node);
        continue;
      }
      if (!(node instanceof Element)) continue;
      switch (node.name) {
        case 'script':
          if (node.attribs.type !== 'application/ld+json') removeElement(node);
          continue;
        case 'link': {
          const rel = (node.attribs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('stylesheet')) {
            const css = stylesheet(decodeAttribute(node.attribs.href ?? ''));
            if (css !== null) {
              styles.push(css);
              if (found.styleSlot) removeElement(node);
              else found.styleSlot = node;
            }
          } else if (rel.some((value) => FETCH_AHEAD.has(value))) removeElement(node);
          continue;
        }
        case 'meta':
          if (node.attribs.name === 'next-size-adjust') removeElement(node);
          continue;
        case 'noscript':
          // Nothing runs on the light page: what is shown without JavaScript is what it shows.
          visit(node);
          for (const child of [...node.children]) prepend(node, child);
          removeElement(node);
          continue;
        case 'img':
          lighten(node, pictures++ === 0);
          continue;
        case 'a':
          if (node.attribs.href === VERSION_PATHS.legere) switchToFull(node, path);
          break;
      }
      visit(node);
    }
  };
  visit(document);

  const css = styles.join('\n');
  if (found.styleSlot) replaceElement(found.styleSlot, new Element('style', {}, [new Text(css)]));
  return { html: render(document, { decodeEntities: false }), css };
}

/** The smallest of the picture's widths that fills a phone's screen; lazy unless it is the page's first. */
function lighten(image: Element, first: boolean) {
  const candidates = (image.attribs.srcset ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url, descriptor]) => ({ url: url ?? '', width: Number(descriptor?.match(/^(\d+)w$/)?.[1] ?? NaN) }))
    .filter((candidate) => candidate.url && Number.isFinite(candidate.width))
    .sort((a, b) => a.width - b.width);
  const chosen = candidates.find((candidate) => candidate.width >= LIGHT_IMAGE_WIDTH) ?? candidates.at(-1);
  if (chosen) image.attribs.src = chosen.url;
  delete image.attribs.srcset;
  delete image.attribs.sizes;
  if (first) return;
  delete image.attribs.fetchpriority;
  image.attribs.loading = 'lazy';
}

function switchToFull(link: Element, path: string) {
  link.attribs.href = escapeAttribute(`${VERSION_PATHS.complete}?retour=${encodeURIComponent(path)}`);
  for (const child of [...link.children]) removeElement(child);
  appendChild(link, new Text(escapeText(t.site.fullVersion)));
}
