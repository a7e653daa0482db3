import { describe, expect, it } from 'vitest';
import {
  newsSitemapXml,
  paginate,
  parseSitemapFileName,
  sitemapFilePath,
  sitemapIndexXml,
  urlsetXml,
} from './sitemap-xml';

describe('sitemap XML', () => {
  it('escapes addresses and titles and drops characters XML forbids', () => {
    const xml = urlsetXml([
      { loc: 'https://exemple.cm/mot-cle/a?b=1&c=2', lastModified: new Date('2026-01-12T10:00:00Z') },
    ]);
    expect(xml).toContain(
      '<loc>https://exemple.cm/mot-cle/a?b=1&amp;c=2</loc><lastmod>2026-01-12T10:00:00.000Z</lastmod>',
    );
    const news = newsSitemapXml(
      [
        {
          loc: 'https://exemple.cm/article/x',
          title: 'Tom & "Jerry" </news:title>\u0007',
          publishedAt: new Date('2026-01-12T10:00:00Z'),
        },
      ],
      { name: 'Kiosque', language: 'fr' },
    );
    expect(news).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(news).toContain(
      '<news:publication><news:name>Kiosque</news:name><news:language>fr</news:language></news:publication>',
    );
    expect(news).toContain('<news:publication_date>2026-01-12T10:00:00.000Z</news:publication_date>');
    expect(news).toContain('<news:title>Tom &amp; &quot;Jerry&quot; &lt;/news:title&gt;</news:title>');
  });

  it('leaves lastmod out when a page has never changed, and lists child files in an index', () => {
    expect(urlsetXml([{ loc: 'https://exemple.cm/rubrique/vide', lastModified: null }])).toContain(
      '<url><loc>https://exemple.cm/rubrique/vide</loc></url>',
    );
    expect(sitemapIndexXml([{ loc: 'https://exemple.cm/sitemaps/articles-1.xml', lastModified: null }])).toMatch(
      /<sitemapindex [^>]+>\n<sitemap><loc>[^<]+<\/loc><\/sitemap>\n<\/sitemapindex>/,
    );
  });
});

describe('paginate', () => {
  it('splits into files of at most the size, each with its newest change', () => {
    const entries = [3, 1, 2, 5, 4].map((day) => ({ lastModified: new Date(Date.UTC(2026, 0, day)) }));
    const pages = paginate(entries, 2);
    expect(pages.map((page) => page.entries.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.lastModified?.getUTCDate())).toEqual([3, 5, 4]);
    expect(paginate([], 2)).toEqual([]);
  });
});

describe('sitemap file names', () => {
  it('round-trips and refuses anything else', () => {
    expect(parseSitemapFileName(sitemapFilePath('mots-cles', 3).replace('/sitemaps/', ''))).toEqual({
      kind: 'mots-cles',
      page: 3,
    });
    for (const bad of [
      'articles-0.xml',
      'articles-1',
      'autres-1.xml',
      'articles-01.xml',
      '../articles-1.xml',
      'articles-1.xml.gz',
    ])
      expect(parseSitemapFileName(bad)).toBeNull();
  });
});
