import { HOUR, insertArticle, parseXml, seedAuthorSlug } from './discovery-helpers';
import { seedSlug } from './comment-helpers';
import { expect, test, testDb } from './fixtures';

test.describe('sitemaps and robots', () => {
  test('the sitemap index lists well-formed files of at most 2,000 addresses with lastmod, public pages only', async ({
    request,
    page,
  }) => {
    const draft = insertArticle({ title: 'Brouillon hors sitemap', status: 'draft', publishedAt: null });
    const index = await request.get('/sitemap.xml');
    expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const files = await parseXml(page, await index.text(), 'sitemap');
    expect(files.root).toBe('sitemapindex');
    expect(files.items.length).toBeGreaterThanOrEqual(4);
    const all: string[] = [];
    for (const file of files.items) {
      expect(file.lastmod?.[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
      const child = await request.get(new URL(file.loc[0]).pathname);
      expect(child.status(), file.loc[0]).toBe(200);
      const urls = await parseXml(page, await child.text(), 'url');
      expect(urls.root).toBe('urlset');
      expect(urls.items.length).toBeGreaterThan(0);
      expect(urls.items.length).toBeLessThanOrEqual(2_000);
      for (const url of urls.items) all.push(new URL(url.loc[0]).pathname);
      if (file.loc[0].includes('/articles-'))
        for (const url of urls.items) expect(url.lastmod?.[0]).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(all).toEqual(
      expect.arrayContaining([
        `/article/${seedSlug}`,
        '/rubrique/kazakhstan',
        '/mot-cle/otsc',
        `/auteur/${seedAuthorSlug()}`,
      ]),
    );
    expect(all).not.toContain(`/article/${draft.slug}`);
    for (const slug of testDb.hiddenArticleSlugs()) expect(all).not.toContain(`/article/${slug}`);
    expect((await request.get('/sitemaps/articles-999.xml')).status()).toBe(404);
  });

  test('the Google News sitemap holds only public articles of the last 48 hours, with publication, date and title', async ({
    request,
    page,
  }) => {
    const response = await request.get('/sitemap-news.xml');
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const news = await parseXml(page, text, 'url');
    expect(news.items.length).toBeGreaterThan(0);
    expect(news.items.length).toBeLessThanOrEqual(1_000);
    expect(text).not.toContain(seedSlug); // published in 2022
    // The file is cached for at most 5 minutes: nothing in it is older than 48 h plus that.
    const oldest = Date.now() - 48 * HOUR - 10 * 60_000;
    for (const item of news.items) {
      const published = Date.parse(item['news:news'][0].match(/\d{4}-\d\d-\d\dT[\d:.]+Z/)![0]);
      expect(published).toBeGreaterThan(oldest);
      expect(published).toBeLessThanOrEqual(Date.now());
      expect(testDb.isArticlePublic(new URL(item.loc[0]).pathname.replace('/article/', '')), item.loc[0]).toBe(true);
    }
    expect(text).toMatch(
      /<news:publication><news:name>Kiosque<\/news:name><news:language>fr<\/news:language><\/news:publication><news:publication_date>[^<]+<\/news:publication_date><news:title>[^<]+<\/news:title>/,
    );
  });

  test('robots.txt names both sitemaps and keeps crawlers out of the dashboard', async ({ request, baseURL }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toContain('Disallow: /admin');
    expect(text).toContain('Disallow: /api');
    expect(text).toContain('Disallow: /article/*/perso');
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap-news.xml`);
  });
});
