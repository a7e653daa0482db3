import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articles } from '../db/seed-content';
import { expect, test, testDb } from './fixtures';

const seedTitle = articles[0]!.title;
const hour = 3_600_000;

/** Articles written straight into the run's database, as the editor would store them; a word made unique per test keeps parallel tests apart. */
function insertArticles(
  rows: { title: string; bodyText?: string; status?: 'draft' | 'published'; publishedAt?: number }[],
) {
  for (const [i, row] of rows.entries()) {
    testDb.insertArticle({
      slug: `recherche-${Date.now()}-${Math.random().toString(36).slice(2)}-${i}`,
      title: row.title,
      bodyText: row.bodyText,
      status: row.status,
      publishedAt: row.publishedAt ?? Date.now() - hour,
    });
  }
}

const uniqueWord = () => `mot${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const resultTitles = (page: Page) => page.locator('.search-results .card__title').allTextContents();

test.describe('search with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box finds the seed article without accents, and the page shows the words back', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: 'Rechercher sur le site' });
    await box.getByRole('searchbox').fill('securite collective');
    await box.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/recherche\?q=securite\+collective$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Recherche' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('securite collective');
    // The header's box, where the reader typed, keeps the words too (it was empty on the results page).
    await expect(box.getByRole('searchbox')).toHaveValue('securite collective');
    await expect(
      page.getByRole('heading', { level: 2, name: /^\d+ résultats? pour « securite collective »$/ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();
    // The matched words are highlighted in the passage, as text.
    await expect(page.locator('.search-snippet mark').first()).toHaveText(/^(sécurité|collective)$/i);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('"OTSC" finds "l’OTSC", and a result links to its article', async ({ page }) => {
    expect((await page.goto('/recherche?q=OTSC'))?.status()).toBe(200);
    await page.getByRole('link', { name: seedTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: seedTitle })).toBeVisible();
  });

  test('a word in the title ranks above the same word in a body only, even a newer one', async ({ page }) => {
    const word = uniqueWord();
    insertArticles([
      {
        title: 'Dans le texte seulement',
        bodyText: `Un long texte qui cite ${word} une fois, parmi bien d’autres mots sans rapport avec le sujet.`,
        publishedAt: Date.now() - hour,
      },
      { title: `Le ${word} en titre`, publishedAt: Date.now() - 48 * hour },
    ]);
    await page.goto(`/recherche?q=${word}`);
    expect(await resultTitles(page)).toEqual([`Le ${word} en titre`, 'Dans le texte seulement']);
    await expect(page.getByRole('heading', { name: `2 résultats pour « ${word} »` })).toBeVisible();
  });

  test('drafts and articles scheduled later are never found', async ({ page }) => {
    const word = uniqueWord();
    insertArticles([
      { title: `Brouillon ${word}`, status: 'draft' },
      { title: `Programmé ${word}`, publishedAt: Date.now() + 24 * hour },
    ]);
    await page.goto(`/recherche?q=${word}`);
    await expect(page.getByText(`Aucun article ne correspond à « ${word} ».`)).toBeVisible();
    expect(await resultTitles(page)).toEqual([]);
  });

  test('hostile queries get a French answer, never an error', async ({ page }) => {
    const queries = [
      '',
      '   ',
      'a'.repeat(2_000),
      '"',
      '*',
      'NEAR(',
      ')',
      '(',
      '-foo',
      '<script>alert(1)</script>',
      'otsc" OR "',
      'title:otsc',
      '^',
      'AND',
      '\u0000',
      '\uE000sécurité\uE001',
    ];
    for (const q of queries) {
      const response = await page.goto(`/recherche?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Recherche' }), q).toBeVisible();
      await expect(
        page.getByText(/^(Saisissez un ou plusieurs mots|Aucun article ne correspond|\d+ résultats? pour)/).first(),
        q,
      ).toBeVisible();
    }
    // Markup in the words is shown as text, never interpreted.
    await page.goto(`/recherche?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.locator('main img[src="x"]')).toHaveCount(0);
    await expect(page.getByText('Aucun article ne correspond à « <img src=x onerror=alert(1)> ».')).toBeVisible();
  });

  test('filters by section and by dates, and explains a date it cannot read', async ({ page }) => {
    await page.goto('/recherche?q=kazakhstan&rubrique=kazakhstan&du=2022-01-12&au=2022-01-12');
    expect(await resultTitles(page)).toEqual([seedTitle]);
    await expect(page.getByRole('combobox', { name: 'Rubrique' })).toHaveValue('kazakhstan');
    await expect(page.getByLabel('Publié à partir du')).toHaveValue('2022-01-12');

    await page.goto('/recherche?q=kazakhstan&du=2022-01-13&au=2022-01-12');
    await expect(page.getByText('La recherche n’a pas été lancée. Corrigez les dates signalées.')).toBeVisible();
    await expect(page.getByLabel('Publié jusqu’au')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('La date de fin doit être le même jour que la date de début ou après.')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('kazakhstan');

    expect((await page.goto('/recherche?q=kazakhstan&du=12%2F01%2F2022'))?.status()).toBe(200);
    await expect(
      page.getByText('Cette date n’est pas valide : utilisez le format AAAA-MM-JJ (exemple : 2022-01-12).'),
    ).toBeVisible();
  });

  test('results page with real links that keep the words and filters', async ({ page }) => {
    const word = uniqueWord();
    insertArticles(
      Array.from({ length: 12 }, (_, i) => ({
        title: `Résultat ${word} ${i + 1}`,
        publishedAt: Date.now() - (i + 1) * hour,
      })),
    );
    await page.goto(`/recherche?q=${word}&du=2020-01-01`);
    await expect(page.locator('.search-results .card')).toHaveCount(10);
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(new RegExp(`/recherche\\?q=${word}&du=2020-01-01&page=2$`));
    await expect(page.locator('.search-results .card')).toHaveCount(2);
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue(word);
    expect((await page.goto(`/recherche?q=${word}&page=3`))?.status()).toBe(404);
  });
});

test.describe('search with JavaScript on', () => {
  test('the header box searches from an article page', async ({ page }) => {
    await page.goto('/rubrique/kazakhstan');
    await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('l’OTSC');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\?q=/);
    await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('l’OTSC');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`results are accessible at 320 px, ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 800 });
      // Results with highlights, then a date error.
      for (const url of ['/recherche?q=s%C3%A9curit%C3%A9', '/recherche?q=s%C3%A9curit%C3%A9&au=2022-02-30']) {
        await page.goto(url);
        await expect(page.locator('.search-snippet mark, .field-error').first()).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          url,
        ).toEqual([]);
      }
    });
  }
});
