import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The project's own small export is imported into the run's database, as a newsroom would with the
// site running; its old addresses must then reach the right pages in one permanent hop.
test.beforeAll(() => {
  execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'scripts/import-wordpress.ts', 'db/fixtures/small.wxr.xml'],
    {
      env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
      stdio: 'pipe',
    },
  );
});

test.describe('old WordPress addresses, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const moves: [string, string][] = [
    ['/2024/03/05/port-kribi/', '/article/port-kribi'],
    ['/2024/03/06/pluies-%C3%A0-yaound%C3%A9/', '/article/pluies-a-yaounde'],
    ['/?p=101', '/article/port-kribi'],
    ['/2024/03/05/port-kribi/amp/', '/article/port-kribi'],
    ['/2024/03/05/port-kribi/feed/', '/article/port-kribi/commentaires/flux.xml'],
    ['/category/economie/', '/rubrique/economie'],
    ['/category/economie/page/2/', '/rubrique/economie?page=2'],
    ['/tag/cacao/', '/mot-cle/cacao'],
    ['/author/mbella/', '/auteur/joseph-mbella'],
    ['/feed/', '/flux.xml'],
  ];
  for (const [from, to] of moves) {
    test(`${from} answers 301 to ${to}`, async ({ request }) => {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(
        new URL(response.headers().location, 'http://site.example').pathname +
          new URL(response.headers().location, 'http://site.example').search,
      ).toBe(encodeURI(to));
    });
  }

  test('an old permalink opens the imported article in one hop, with its comments and thread', async ({ page }) => {
    const response = await page.goto('/2024/03/05/port-kribi/');
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()?.redirectedFrom()).toBeNull();
    await expect(page).toHaveURL(/\/article\/port-kribi$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Le port de Kribi en photos' })).toBeVisible();
    await expect(page.locator('figure figcaption', { hasText: 'Le quai au lever du jour' })).toBeVisible();
    await expect(page.getByText('Troisième niveau.')).toBeVisible();
    await expect(page.getByText('En attente.')).toHaveCount(0);
  });

  test('an imported article keeps its WordPress id in its feed guid, so feed readers see nothing new', async ({
    request,
  }) => {
    const feed = await (await request.get('/rubrique/societe/flux.xml')).text();
    expect(feed).toMatch(/<guid[^>]*>[^<]*\/\?p=102<\/guid>/);
  });

  test('an address the old site never had is still the French 404', async ({ page }) => {
    expect((await page.goto('/2024/03/05/jamais-vu/'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });
});
