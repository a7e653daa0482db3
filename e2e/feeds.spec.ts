import { newCommenter, seedSlug, useClientAddress } from './comment-helpers';
import { both, fetchFeed, HOUR, insertArticle, insertTag, seedAuthorSlug, unique } from './discovery-helpers';
import { expect, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

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
    commentForm,
  }) => {
    const article = insertArticle({ title: 'Article aux commentaires en flux', publishedAt: Date.now() - HOUR });
    const who = newCommenter('Abonné');
    await useClientAddress(context, who.ip);
    await page.goto(`/article/${article.slug}`);
    const body = `Commentaire à suivre par flux, de ${who.name} <b>gras</b>.`;
    await commentForm.post({ body, name: who.name, email: who.email });
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
  const stored = testDb.articleByTitle(title)!;

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
