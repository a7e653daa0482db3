import type { APIRequestContext, Page } from '@playwright/test';
import { fillComment, newCommenter, openArticle, seedSlug, submitComment, useClientAddress } from './comment-helpers';
import { expect, test, testDb } from './fixtures';
import { createStaff, querySql, signIn } from './staff-helpers';

const HOUR = 3_600_000;
let counter = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}-${process.pid}-${++counter}`;

/** An article written straight into the database, in the seed article's section and byline. */
function insertArticle(fields: {
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

function insertTag() {
  const slug = unique('flux');
  return { id: testDb.insertTag(slug, `Flux & "essai" ${slug}`), slug };
}

type XmlSummary =
  { root: string; items: Record<string, string[]>[]; channel: Record<string, string[]> } | { error: string };

/**
 * Parses XML with the browser's strict parser (any well-formedness error gives a <parsererror>) and
 * returns, for each item, the text (or href/term/label) of every child element by qualified name.
 */
async function parseXml(page: Page, xml: string, itemTag: string): Promise<Extract<XmlSummary, { root: string }>> {
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

async function fetchFeed(request: APIRequestContext, page: Page, path: string) {
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

const seedAuthorSlug = () => testDb.authorSlugOf(seedSlug);

const both = (path: string) => [`${path}/flux.xml`, `${path}/flux/atom.xml`];

test.describe('feeds', () => {
  test('every feed is well-formed RSS 2.0 or Atom with the required elements', async ({ request, page }) => {
    const listings = [
      ...both(''),
      ...both('/rubrique/kazakhstan'),
      ...both('/mot-cle/otsc'),
      ...both(`/auteur/${seedAuthorSlug()}`),
    ];
    for (const path of listings) {
      const { feed, atom, headers } = await fetchFeed(request, page, path);
      expect(headers.etag, path).toMatch(/^"[^"]+"$/);
      expect(Date.parse(headers['last-modified']), path).not.toBeNaN();
      expect(feed.channel.title?.[0], path).toBeTruthy();
      expect(feed.items.length, path).toBeGreaterThan(0);
      expect(feed.items.length, path).toBeLessThanOrEqual(20);
      for (const item of feed.items) {
        const required = atom
          ? ['title', 'id', 'link', 'published', 'updated', 'author', 'category', 'summary', 'content']
          : ['title', 'link', 'guid', 'pubDate', 'dc:creator', 'category', 'description', 'content:encoded'];
        for (const name of required) expect(item[name]?.[0], `${path} ${name}`).toBeTruthy();
        // The id is the article's number, not its address: it survives a new slug or title.
        expect(item[atom ? 'id' : 'guid'][0], path).toMatch(/\/\?p=\d+$/);
      }
    }
    const seedFeed = (await fetchFeed(request, page, '/rubrique/kazakhstan/flux.xml')).feed;
    const seed = seedFeed.items.find((item) => item.link[0].endsWith(`/article/${seedSlug}`))!;
    expect(seed.category).toEqual(expect.arrayContaining(['Kazakhstan', 'OTSC']));
    expect(seed['content:encoded'][0]).toContain('<p>');
  });

  test('unknown sections, tags, authors and articles have no feed', async ({ request }) => {
    for (const path of [
      ...both('/rubrique/inconnue'),
      ...both('/mot-cle/inconnu'),
      ...both('/auteur/inconnu'),
      ...both('/article/inconnu/commentaires'),
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('drafts and scheduled articles never appear; a published one does', async ({ request, page }) => {
    const tag = insertTag();
    const published = insertArticle({ title: 'Article publié du flux', publishedAt: Date.now() - HOUR, tagId: tag.id });
    const draft = insertArticle({ title: 'Brouillon du flux', status: 'draft', publishedAt: null, tagId: tag.id });
    const scheduled = insertArticle({
      title: 'Article programmé du flux',
      publishedAt: Date.now() + 48 * HOUR,
      tagId: tag.id,
    });
    for (const path of [...both(`/mot-cle/${tag.slug}`), ...both('')]) {
      const { text, feed } = await fetchFeed(request, page, path);
      expect(text, path).not.toContain(draft.slug);
      expect(text, path).not.toContain(scheduled.slug);
      if (path.startsWith('/mot-cle/')) {
        expect(feed.items, path).toHaveLength(1);
        expect(text, path).toContain(`/article/${published.slug}`);
        expect(text, path).toContain(`?p=${published.id}<`);
      }
    }
    for (const hidden of [draft, scheduled])
      expect((await request.get(`/article/${hidden.slug}/commentaires/flux.xml`)).status()).toBe(404);
  });

  test('a conditional request gets 304 by ETag or by date, and the full feed when it changed', async ({ request }) => {
    const tag = insertTag();
    insertArticle({ title: 'Article du flux conditionnel', publishedAt: Date.now() - HOUR, tagId: tag.id });
    for (const path of both(`/mot-cle/${tag.slug}`)) {
      const first = await request.get(path);
      const { etag, 'last-modified': lastModified } = first.headers();
      const byEtag = await request.get(path, { headers: { 'If-None-Match': etag } });
      expect(byEtag.status(), path).toBe(304);
      expect(await byEtag.body(), path).toHaveLength(0);
      expect(byEtag.headers().etag).toBe(etag);
      expect((await request.get(path, { headers: { 'If-Modified-Since': lastModified } })).status(), path).toBe(304);
      expect((await request.get(path, { headers: { 'If-None-Match': '"une-autre-version"' } })).status(), path).toBe(
        200,
      );
      const before = new Date(Date.parse(lastModified) - 1_000).toUTCString();
      expect((await request.get(path, { headers: { 'If-Modified-Since': before } })).status(), path).toBe(200);
    }
  });

  test('an article’s comments feed has its approved comments, names and text, and never an e-mail', async ({
    page,
    context,
    request,
  }) => {
    const article = insertArticle({ title: 'Article aux commentaires en flux', publishedAt: Date.now() - HOUR });
    const who = newCommenter('Abonné');
    await useClientAddress(context, who.ip);
    await openArticle(page, `/article/${article.slug}`);
    const body = `Commentaire à suivre par flux, de ${who.name} <b>gras</b>.`;
    await fillComment(page, { body, name: who.name, email: who.email });
    await submitComment(page);
    await expect(page.getByText('Votre commentaire est en attente de modération.')).toBeVisible();
    testDb.approveCommentsOf(who.email);
    testDb.insertComment({
      articleId: article.id,
      authorName: 'Lecteur en attente',
      authorEmail: 'attente@example.com',
      body: 'Texte en attente de modération.',
    });

    for (const path of both(`/article/${article.slug}/commentaires`)) {
      const { text, feed, atom } = await fetchFeed(request, page, path);
      expect(feed.items, path).toHaveLength(1);
      const [item] = feed.items;
      expect(item[atom ? 'content' : 'description'][0], path).toContain(
        `Commentaire à suivre par flux, de ${who.name} &lt;b&gt;gras&lt;/b&gt;.`,
      );
      expect(atom ? item.author[0] : item['dc:creator'][0], path).toBe(who.name);
      expect(text, path).not.toContain(who.email);
      expect(text, path).not.toContain(who.email.split('@')[0]);
      expect(text, path).not.toContain('@example.com');
      expect(text, path).not.toContain('Lecteur en attente');
    }
  });
});

test('publishing and editing in the dashboard reach the cached feeds and sitemaps at once; the item keeps its id', async ({
  page,
  request,
  browser,
}) => {
  // Primed first, so that what follows is served from the caches a publication must expire.
  for (const path of ['/flux.xml', '/flux/atom.xml', '/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemap-news.xml'])
    await request.get(path);
  const title = `Publié depuis le tableau de bord ${unique('flux')}`;
  const editor = createStaff('editor');
  const staff = await browser.newPage();
  await signIn(staff, editor, '/admin/articles/nouveau');
  await staff.getByLabel('Titre', { exact: true }).fill(title);
  await staff.getByLabel('Chapô').fill('Un chapô pour les flux.');
  await staff.getByLabel('Texte (Markdown)').fill('Le texte complet.');
  await staff.getByLabel('Rubrique').selectOption({ label: 'Politique' });
  await staff.getByRole('radio', { name: 'Publié' }).check();
  const save = async () => {
    const answered = staff.waitForResponse((response) => response.request().method() === 'POST');
    await staff.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await answered;
    await expect(staff.getByRole('status')).toHaveText('Article enregistré.');
  };
  await save();
  const [stored] = querySql<{ id: number; slug: string }>('select id, slug from articles where title = ?', title);

  const rss = (await fetchFeed(request, page, '/flux.xml')).feed.items.find((item) =>
    item.guid[0].endsWith(`?p=${stored.id}`),
  );
  expect(rss?.title[0]).toBe(title);
  expect((await fetchFeed(request, page, '/flux/atom.xml')).text).toContain(`/article/${stored.slug}`);
  expect(await (await request.get('/sitemap-news.xml')).text()).toContain(`/article/${stored.slug}</loc>`);
  expect(await (await request.get('/sitemaps/articles-1.xml')).text()).toContain(`/article/${stored.slug}</loc>`);

  await staff.getByLabel('Titre', { exact: true }).fill(`${title} (corrigé)`);
  await save();
  const edited = (await fetchFeed(request, page, '/flux.xml')).feed.items.filter((item) =>
    item.guid[0].endsWith(`?p=${stored.id}`),
  );
  expect(edited.map((item) => item.title[0])).toEqual([`${title} (corrigé)`]);
  await staff.close();
});

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

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

test.describe('metadata', () => {
  test('an article carries NewsArticle and BreadcrumbList JSON-LD, OpenGraph article tags and its feeds', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/article/${seedSlug}`);
    const data = await jsonLd(page);
    const article = data.find((item) => item['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: expect.stringContaining('Kazakhstan'),
      description: expect.any(String),
      datePublished: '2022-01-12T09:05:00.000Z',
      dateModified: expect.any(String),
      author: [{ '@type': 'Person', name: expect.any(String), url: expect.stringContaining(`${baseURL}/auteur/`) }],
      publisher: {
        '@type': 'Organization',
        name: 'Kiosque',
        logo: { '@type': 'ImageObject', url: `${baseURL}/logo.png` },
      },
      articleSection: 'Kazakhstan',
      inLanguage: 'fr',
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${baseURL}/article/${seedSlug}` },
    });
    expect((await page.request.get('/logo.png')).headers()['content-type']).toBe('image/png');
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList') as {
      itemListElement: { position: number; item: string }[];
    };
    expect(crumbs.itemListElement.map((crumb) => crumb.item)).toEqual([
      `${baseURL}/`,
      `${baseURL}/rubrique/kazakhstan`,
      `${baseURL}/article/${seedSlug}`,
    ]);

    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/article/${seedSlug}`);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(head.locator('meta[property="article:published_time"]')).toHaveAttribute(
      'content',
      '2022-01-12T09:05:00.000Z',
    );
    await expect(head.locator('meta[property="article:section"]')).toHaveAttribute('content', 'Kazakhstan');
    await expect(head.locator('meta[property="article:tag"]')).not.toHaveCount(0);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /^summary/);
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
    await expect(
      head.locator(
        `link[rel="alternate"][type="application/atom+xml"][href="${baseURL}/article/${seedSlug}/commentaires/flux/atom.xml"]`,
      ),
    ).toHaveCount(1);
  });

  test('the home page has WebSite JSON-LD with a search action, a section page its breadcrumb, listings their own feeds', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/');
    const site = (await jsonLd(page)).find((item) => item['@type'] === 'WebSite')!;
    expect(site).toMatchObject({
      url: `${baseURL}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${baseURL}/recherche?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'website');
    await expect(
      page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${baseURL}/flux.xml"]`),
    ).toHaveCount(1);

    await page.goto('/rubrique/kazakhstan');
    const crumbs = (await jsonLd(page)).find((item) => item['@type'] === 'BreadcrumbList') as {
      itemListElement: { name: string }[];
    };
    expect(crumbs.itemListElement.map((crumb) => crumb.name)).toEqual(['Accueil', 'Kazakhstan']);
    for (const path of ['/rubrique/kazakhstan', '/mot-cle/otsc', `/auteur/${seedAuthorSlug()}`]) {
      await page.goto(path);
      for (const href of both(path))
        await expect(page.locator(`head link[rel="alternate"][href="${baseURL}${href}"]`), href).toHaveCount(1);
      await expect(page.locator(`head link[rel="alternate"][href="${baseURL}/flux.xml"]`)).toHaveCount(1);
    }
  });

  test('a title holding </script> stays inside the JSON-LD and runs nothing; no page head holds an e-mail', async ({
    page,
    request,
  }) => {
    const title = 'Titre piège </script><script>alert(1)</script> & <!-- fin';
    const tag = insertTag();
    const article = insertArticle({ title, publishedAt: Date.now() - HOUR, tagId: tag.id });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/article/${article.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const data = await jsonLd(page);
    expect(data).toHaveLength(2);
    expect(data.find((item) => item['@type'] === 'NewsArticle')?.headline).toBe(title);
    expect(dialogs).toEqual([]);
    const html = await (await request.get(`/article/${article.slug}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    for (const path of both(`/mot-cle/${tag.slug}`)) {
      const { feed } = await fetchFeed(request, page, path);
      // Titles are HTML in Atom (and read as such by RSS readers): the markup arrives as text.
      expect(feed.items[0].title[0], path).toBe(
        title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      );
    }

    const staffEmails = testDb.staffEmails();
    for (const path of [
      '/',
      '/rubrique/kazakhstan',
      '/mot-cle/otsc',
      `/auteur/${seedAuthorSlug()}`,
      `/article/${seedSlug}`,
      `/article/${article.slug}`,
      '/recherche?q=otsc',
    ]) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      for (const email of staffEmails) expect(html, path).not.toContain(email);
    }
  });
});
