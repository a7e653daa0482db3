import { articles, sections } from '../db/seed-content';
import { expect, test } from './fixtures';

// The article the project started from, as seeded (db/seed-content.test.ts checks it word for word
// against ../shared/seed-article.txt).
const seed = articles[0]!;
const seedSlug = seed.slug;

test.describe('reading with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the seed article is shown word for word, with its section, source and date', async ({ page }) => {
    const response = await page.goto(`/article/${seedSlug}`);
    expect(response?.status()).toBe(200);
    const paragraphs = seed.bodyMarkdown.split(/\n\s*\n/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.locator('.article .kicker')).toHaveText(
      sections.find((section) => section.slug === seed.section)!.name,
    );
    const body = page.locator('.article__body p');
    await expect(body).toHaveCount(paragraphs.length);
    for (const [i, paragraph] of paragraphs.entries()) await expect(body.nth(i)).toHaveText(paragraph);
    await expect(page.locator('.article__source')).toContainText('237online.com');
    await expect(page.getByText('Publié le 12 janvier 2022 à 10 h 05')).toBeVisible();
    await expect(page.getByText(/\d+ min de lecture/)).toBeVisible();
    await expect(page.locator('#commentaires')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
  });

  test('home → section → article → author, all by plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'À la une' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Kazakhstan' }).click();
    await expect(page).toHaveURL(/\/rubrique\/kazakhstan$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kazakhstan' })).toBeVisible();
    await page.getByRole('link', { name: seed.title }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${seedSlug}$`));
    const byline = page.locator('.byline a');
    const author = (await byline.textContent())!;
    await byline.click();
    await expect(page.getByRole('heading', { level: 1, name: author })).toBeVisible();
    // Other specs add articles under the same byline: the seed's may have moved past the first page.
    await expect(page.locator('.card a').first()).toBeVisible();
  });

  test('a tag page paginates with real links and 404s past the last page', async ({ page, db }) => {
    const tagSlug = `pagination-${Date.now()}`;
    const tagId = db.insertTag(tagSlug, 'Pagination');
    for (let i = 1; i <= 14; i++) {
      db.insertArticle({
        slug: `${tagSlug}-${i}`,
        title: `Article paginé ${i}`,
        publishedAt: Date.now() - i * 60_000,
        tagIds: [tagId],
      });
    }

    await page.goto(`/mot-cle/${tagSlug}`);
    await expect(page.locator('.card')).toHaveCount(12);
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(new RegExp(`/mot-cle/${tagSlug}\\?page=2$`));
    await expect(page.locator('.card')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Article paginé 14' })).toBeVisible();
    expect((await page.goto(`/mot-cle/${tagSlug}?page=3`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });

  test('drafts, scheduled articles and unknown slugs are a French 404', async ({ page, db }) => {
    const hidden = db.hiddenArticleSlugs();
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const slug of [...hidden, 'cet-article-nexiste-pas']) {
      const response = await page.goto(`/article/${slug}`);
      expect(response?.status(), slug).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    }
    expect((await page.goto('/une/adresse/inconnue'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });

  test('an article shows its hero with caption and credit, its update time, tags, related stories and share links', async ({
    page,
  }) => {
    await page.goto('/article/cacao-dans-le-centre-les-planteurs-profitent-dune-campagne-aux-prix-record');
    const hero = page.locator('.article__hero');
    await expect(hero.locator('img')).toHaveAttribute('alt', /cabosse de cacao/);
    await expect(hero.locator('figcaption')).toContainText('La campagne principale bat son plein');
    await expect(hero.locator('figcaption')).toContainText('Illustration : Kiosque');
    await expect(page.getByText(/^Mis à jour le \d+(er)? \p{L}+ \d{4} à \d+ h \d{2}$/u)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Mots-clés' }).getByRole('link')).not.toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'À lire aussi' })).toBeVisible();
    for (const network of ['WhatsApp', 'Facebook', 'X']) {
      await expect(page.getByRole('link', { name: `Partager sur ${network}` })).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(page.getByRole('textbox', { name: 'Lien de l’article' })).toHaveValue(
      /\/article\/cacao-dans-le-centre/,
    );
    // No third-party script: every script the page loads is the site's own.
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
    expect(scripts.filter((src) => !src.startsWith(new URL(page.url()).origin))).toEqual([]);
  });

  test('a scheduled article appears once its time has come, without a rebuild', async ({ page, db }) => {
    const slug = `article-programme-${Date.now()}`;
    db.insertArticle({ slug, title: 'Article programmé', publishedAt: Date.now() + 2_000 });
    await expect.poll(async () => (await page.goto(`/article/${slug}`))?.status(), { timeout: 15_000 }).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Article programmé' })).toBeVisible();
  });
});
