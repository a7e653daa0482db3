import type { APIRequestContext, Page } from '@playwright/test';
import { seedSlug } from './comment-helpers';
import { expect, testDb } from './fixtures';

// What the feed, sitemap and metadata specs share: articles and tags of their own, and XML read in the browser.

export const HOUR = 3_600_000;
let counter = 0;
export const unique = (label: string) => `${label}-${Date.now().toString(36)}-${process.pid}-${++counter}`;

/** An article written straight into the database, in the seed article's section and byline. */
export function insertArticle(fields: {
  title: string;
  status?: 'draft' | 'published';
  publishedAt: number | null;
  tagId?: number;
}) {
  return testDb.insertArticle({
    slug: unique('decouverte'),
    title: fields.title,
    dek: 'Un chapô.',
    bodyHtml: '<p>Texte du corps.</p>',
    status: fields.status,
    publishedAt: fields.publishedAt,
    tagIds: fields.tagId ? [fields.tagId] : [],
  });
}

export function insertTag() {
  const slug = unique('flux');
  return { id: testDb.insertTag(slug, `Flux & "essai" ${slug}`), slug };
}

type XmlSummary =
  { root: string; items: Record<string, string[]>[]; channel: Record<string, string[]> } | { error: string };

/**
 * Parses XML with the browser's strict parser (any well-formedness error gives a <parsererror>) and
 * returns, for each item, the text (or href/term/label) of every child element by qualified name.
 */
export async function parseXml(
  page: Page,
  xml: string,
  itemTag: string,
): Promise<Extract<XmlSummary, { root: string }>> {
  const summary = await page.evaluate(
    ({ xml, itemTag }): XmlSummary => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return { error: error.textContent ?? 'parsererror' };
      const read = (parent: Element, skip: string | null) => {
        const fields: Record<string, string[]> = {};
        for (const child of Array.from(parent.children)) {
          if (child.tagName === skip) continue;
          const value = child.getAttribute('href') ?? child.getAttribute('term') ?? child.textContent ?? '';
          const text = child.tagName === 'author' ? (child.getElementsByTagName('name')[0]?.textContent ?? '') : value;
          (fields[child.tagName] ??= []).push(text.trim());
        }
        return fields;
      };
      const root = doc.documentElement;
      const channel = root.tagName === 'rss' ? root.getElementsByTagName('channel')[0] : root;
      return {
        root: root.tagName,
        channel: read(channel, itemTag),
        items: Array.from(doc.getElementsByTagName(itemTag)).map((item) => read(item, null)),
      };
    },
    { xml, itemTag },
  );
  if ('error' in summary) throw new Error(`not well-formed XML: ${summary.error}\n${xml.slice(0, 500)}`);
  return summary;
}

export async function fetchFeed(request: APIRequestContext, page: Page, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const atom = path.endsWith('/atom.xml');
  expect(response.headers()['content-type'], path).toBe(
    atom ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8',
  );
  const text = await response.text();
  const feed = await parseXml(page, text, atom ? 'entry' : 'item');
  expect(feed.root, path).toBe(atom ? 'feed' : 'rss');
  return { text, feed, atom, headers: response.headers() };
}

export const seedAuthorSlug = () => testDb.authorSlugOf(seedSlug);

export const both = (path: string) => [`${path}/flux.xml`, `${path}/flux/atom.xml`];
