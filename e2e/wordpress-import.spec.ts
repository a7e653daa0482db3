import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request as http, test } from '@playwright/test';
import sharp from 'sharp';

const siteUrl = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
// One worker imports once: the first test checks what a page cached before the import shows after it.
test.describe.configure({ mode: 'default' });
let importOutput = '';

// The project's own small export is imported into the run's database, as a newsroom would with the
// site running, with a copy of its uploads folder; its old addresses must then reach the right pages
// in one permanent hop, and the pages the site had cached must show the import at once.
test.beforeAll(async () => {
  const before = await http.newContext({ baseURL: siteUrl });
  // Cached before the import: without a revalidation it would be served as it was for another minute.
  expect(await (await before.get('/rubrique/economie')).text()).not.toContain('Le port de Kribi en photos');
  await before.dispose();
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-wp-uploads-'));
  fs.mkdirSync(path.join(uploads, '2024/03'), { recursive: true });
  const picture = sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } });
  fs.writeFileSync(path.join(uploads, '2024/03/quai.jpg'), await picture.jpeg().toBuffer());
  importOutput = execFileSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'scripts/import-wordpress.ts',
      'db/fixtures/small.wxr.xml',
      '--uploads',
      uploads,
    ],
    { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH, SITE_URL: siteUrl }, encoding: 'utf8' },
  );
});

test('right after the import, a listing the site had cached shows the imported articles', async ({ request }) => {
  expect(importOutput).toContain('régénère ses pages');
  expect(importOutput).toContain('Pages : 3 importées, 0 mises à jour, 0 inchangées');
  expect(await (await request.get('/rubrique/economie')).text()).toContain('Le port de Kribi en photos');
});

test('a stranger cannot make the site regenerate every page: /api/revalidation wants the signed token', async ({
  request,
}) => {
  expect((await request.post('/api/revalidation')).status()).toBe(401);
  const forged = await request.post('/api/revalidation', { headers: { authorization: 'Bearer devine' } });
  expect(forged.status()).toBe(401);
});

test('a copied picture’s old address answers 301 to the picture in the media store', async ({ request }) => {
  const response = await request.get('/wp-content/uploads/2024/03/quai.jpg', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  const location = response.headers().location;
  expect(location).toMatch(/^\/medias\/[0-9a-f]{32}\.jpg$/);
  const picture = await request.get(location);
  expect(picture.status()).toBe(200);
  expect(picture.headers()['content-type']).toBe('image/jpeg');
  // One that was not in the uploads folder has no new address.
  expect((await request.get('/wp-content/uploads/2024/03/grues.jpg', { maxRedirects: 0 })).status()).not.toBe(301);
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
    // Pages: their permalink, and WordPress's /?page_id= (or /?p=) for them.
    ['/a-propos/', '/page/a-propos'],
    ['/?page_id=201', '/page/a-propos'],
    ['/?p=201', '/page/a-propos'],
    ['/a-propos/mentions-legales/', '/page/mentions-legales'],
    ['/contact/', '/page/nous-contacter'],
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
    await expect(page.locator('figure figcaption', { hasText: 'Le quai au lever du jour' }).first()).toBeVisible();
    // The featured image is the hero, copied into the media store, with its alt and credit.
    await expect(page.locator('img[src^="/medias/"][alt="Le quai"]').first()).toBeVisible();
    await expect(page.getByText('Troisième niveau.')).toBeVisible();
    await expect(page.getByText('En attente.')).toHaveCount(0);
  });

  test('an imported article keeps its WordPress id in its feed guid, so feed readers see nothing new', async ({
    request,
  }) => {
    const feed = await (await request.get('/rubrique/societe/flux.xml')).text();
    expect(feed).toMatch(/<guid[^>]*>[^<]*\/\?p=102<\/guid>/);
  });

  test('an imported page opens from its old permalink in one hop, its markup converted and made inert', async ({
    page,
  }) => {
    const response = await page.goto('/a-propos/');
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()?.redirectedFrom()).toBeNull();
    await expect(page).toHaveURL(/\/page\/a-propos$/);
    await expect(page.getByRole('heading', { level: 1, name: 'À propos de la Gazette' })).toBeVisible();
    await expect(page.locator('.article__body strong')).toHaveText('Gazette');
    await expect(page.locator('.article__body').getByRole('link', { name: 'Nous écrire' })).toBeVisible();
    await expect(page.locator('.article__body script, .article__body [onclick]')).toHaveCount(0);
    await expect(page).not.toHaveTitle(/pris/);
    // Its comments were not kept: a page takes none.
    await expect(page.getByText('Bravo.')).toHaveCount(0);
  });

  test('an imported draft page answers 404 at its address', async ({ request }) => {
    expect((await request.get('/page/mentions-legales')).status()).toBe(404);
  });

  test('an address the old site never had is still the French 404', async ({ page }) => {
    expect((await page.goto('/2024/03/05/jamais-vu/'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });
});
