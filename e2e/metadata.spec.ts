import type { Page } from '@playwright/test';
import { seedSlug } from './comment-helpers';
import { both, fetchFeed, HOUR, insertArticle, insertTag, seedAuthorSlug } from './discovery-helpers';
import { expect, test, testDb } from './fixtures';

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
