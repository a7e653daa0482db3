import { expect, test } from './fixtures';

// A missing page used to redirect to /introuvable: the typed address disappeared and search engines saw a
// redirect before the 404. It is now a 404 with the French page at the address asked for, JavaScript or not.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`missing pages with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('each answers 404 with the French page at the address asked for', async ({ page }) => {
      for (const address of [
        '/article/cet-article-nexiste-pas',
        '/article/cet-article-nexiste-pas?cpage=2',
        '/rubrique/rubrique-inconnue',
        '/mot-cle/mot-cle-inconnu',
        '/auteur/auteur-inconnu',
        '/rubrique/kazakhstan?page=999',
        '/une/adresse/inconnue/',
      ]) {
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(404);
        expect(response?.request().redirectedFrom(), address).toBeNull();
        await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
        await expect(page).toHaveTitle(/^Page introuvable/);
        // The site's own header and search box are there to go on from.
        await expect(page.getByRole('search', { name: 'Rechercher sur le site' })).toBeVisible();
        if (javaScriptEnabled) await page.waitForLoadState('networkidle');
        expect(new URL(page.url()).pathname + new URL(page.url()).search, address).toBe(address);
      }
    });
  });
}

test('a missing page is a 404 on the wire, never a redirect', async ({ request }) => {
  for (const address of ['/article/cet-article-nexiste-pas', '/une/adresse/inconnue']) {
    for (const method of ['get', 'head'] as const) {
      const response = await request[method](address, { maxRedirects: 0 });
      expect(response.status(), `${method} ${address}`).toBe(404);
      expect(response.headers().location, address).toBeUndefined();
      expect(response.headers()['content-type'], address).toContain('text/html');
    }
  }
  const page = await request.get('/article/cet-article-nexiste-pas', {
    maxRedirects: 0,
    headers: { 'accept-encoding': 'gzip' },
  });
  expect(await page.text()).toContain('Page introuvable');
});

test('an old address kept in the redirects table still answers with its one redirect', async ({ request, db }) => {
  const old = `/2019/05/ancien-article-${Date.now().toString(36)}/`;
  db.insertRedirect(old.replace(/\/$/, ''), '/rubrique/kazakhstan');
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/rubrique/kazakhstan');
});
