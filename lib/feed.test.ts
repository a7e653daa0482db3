import { describe, expect, it } from 'vitest';
import { type FeedArticle, articleFeedEntry, articleGuid, commentFeedEntry, feedUpdated, renderFeed } from './feed';
import { sampleArticleFacts } from './test-article-facts';

const article: FeedArticle = {
  ...sampleArticleFacts,
  id: 42,
  title: 'Tom & Jerry </title><script>',
  dek: 'Le <chapô>',
  bodyHtml: '<p>Un ]]> puis un autre ]]> dans le texte.</p>',
  updatedAt: new Date('2026-01-13T08:00:00Z'),
  tags: [{ slug: 'balise', name: 'A < B & "C"' }],
  hero: null,
};
const channel = {
  title: 'Kiosque & co',
  description: 'Les derniers articles',
  pageUrl: 'https://exemple.cm/',
  selfUrl: 'https://exemple.cm/flux.xml',
};
const entries = [articleFeedEntry(article)];
const updated = feedUpdated(entries)!;

describe('articleFeedEntry', () => {
  it('is identified by the article number, whatever its slug or title', () => {
    expect(articleFeedEntry({ ...article, slug: 'autre', title: 'Autre' }).id).toBe(articleGuid(42));
    expect(articleGuid(42)).toMatch(/^https?:\/\/[^/]+\/\?p=42$/);
  });
});

describe('renderFeed', () => {
  it('writes RSS 2.0 with a stable guid, dates, a creator but no <author>, categories, summary and full content', () => {
    const rss = renderFeed(channel, entries, 'rss', updated);
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain(`<guid isPermaLink="false">${articleGuid(42)}</guid>`);
    expect(rss).toContain('<pubDate>Mon, 12 Jan 2026 09:05:00 GMT</pubDate>');
    expect(rss).toContain('<lastBuildDate>Tue, 13 Jan 2026 08:00:00 GMT</lastBuildDate>');
    expect(rss).toContain('<dc:creator>Awa Ndiaye</dc:creator>');
    expect(rss).not.toContain('<author>');
    expect(rss).toContain('<category>Politique</category>');
    expect(rss).toContain('<category>A &lt; B &amp; "C"</category>');
    expect(rss).toContain('<title><![CDATA[Tom &amp; Jerry &lt;/title&gt;&lt;script&gt;]]></title>');
    expect(rss).toContain('<description><![CDATA[Le &lt;chapô&gt;]]></description>');
    expect(rss).toContain('<title>Kiosque &amp; co</title>');
    expect(rss).toContain('<language>fr</language>');
  });

  it('writes Atom with id, published and updated dates, an author with a link, and categories', () => {
    const atom = renderFeed(channel, entries, 'atom', updated);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain(`<id>${articleGuid(42)}</id>`);
    expect(atom).toContain('<published>2026-01-12T09:05:00.000Z</published>');
    expect(atom).toContain('<updated>2026-01-13T08:00:00.000Z</updated>');
    expect(atom).toMatch(/<author>\s*<name>Awa Ndiaye<\/name>\s*<uri>[^<]+\/auteur\/awa-ndiaye<\/uri>\s*<\/author>/);
    expect(atom).toMatch(/<category label="Politique" scheme="[^"]+\/rubrique\/" term="politique"\/>/);
    // A label with "<" would be written raw by the library: it is left out, term and scheme remain.
    expect(atom).toMatch(/<category scheme="[^"]+\/mot-cle\/" term="balise"\/>/);
  });

  it('keeps every "]]>" of the body from ending its CDATA section', () => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(channel, entries, format, updated);
      expect(xml, format).toContain('<p>Un ]]&gt; puis un autre ]]&gt; dans le texte.</p>');
    }
  });

  it('gives the same bytes for the same entries', () => {
    expect(renderFeed(channel, entries, 'rss', updated)).toBe(renderFeed(channel, entries, 'rss', updated));
  });
});

describe('commentFeedEntry', () => {
  it('turns the reader’s text into escaped paragraphs and links, with the name only', () => {
    const entry = commentFeedEntry(
      {
        id: 5,
        authorName: 'Léa',
        body: 'Bonjour <script>alert(1)</script>\nvoir https://exemple.cm/a?b=1&c=2\n\nFin',
        createdAt: new Date('2026-01-12T10:00:00Z'),
        editedAt: null,
        page: 1,
      },
      { id: 42, slug: 'un-titre' },
      'Commentaire de Léa',
    );
    expect(entry.contentHtml).toBe(
      '<p>Bonjour &lt;script&gt;alert(1)&lt;/script&gt;<br>voir <a href="https://exemple.cm/a?b=1&amp;c=2" rel="nofollow ugc">https://exemple.cm/a?b=1&amp;c=2</a></p><p>Fin</p>',
    );
    expect(entry.id).toBe(`${articleGuid(42)}#comment-5`);
    expect(entry.url).toMatch(/\/article\/un-titre#comment-5$/);
    expect(entry.author).toEqual({ name: 'Léa' });
  });

  it('links a comment shown on a later page of the thread to that page', () => {
    const comment = { id: 7, authorName: 'Léa', body: 'Oui', createdAt: new Date(), editedAt: null, page: 3 };
    const entry = commentFeedEntry(comment, { id: 42, slug: 'un-titre' }, 'Commentaire de Léa');
    expect(entry.url).toMatch(/\/article\/un-titre\?cpage=3#comment-7$/);
    expect(entry.id).toBe(`${articleGuid(42)}#comment-7`);
  });
});
