import { expect, test } from './fixtures';
import { newCommenter, seedSlug } from './comment-helpers';
import { CommentForm } from './pages/comment-form';
import { createStaff, signIn } from './staff-helpers';

// The light version of the public pages: same address, no script but JSON-LD, for readers who send Save-Data
// or chose it in the footer (scripts/light-responses.ts, lib/light-page.ts).
const seedArticle = `/article/${seedSlug}`;
const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!.trim());
const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];

test('with Save-Data: on, the article comes whole, comments and form included, with no script but JSON-LD', async ({
  request,
}) => {
  const full = await request.get(seedArticle);
  const fullHtml = await full.text();
  expect(scriptsOf(fullHtml).some((attributes) => !attributes.includes('ld+json'))).toBe(true);

  const light = await request.get(seedArticle, { headers: { 'save-data': 'on' } });
  expect(light.status()).toBe(200);
  const html = await light.text();
  expect(scriptsOf(html).length).toBeGreaterThan(0);
  expect(scriptsOf(html).every((attributes) => attributes === 'type="application/ld+json"')).toBe(true);
  expect(html).not.toContain('__next_f');
  expect(html).not.toContain('/_next/static/');
  expect(html).not.toMatch(/rel="(?:preload|modulepreload|prefetch)"/);
  // The same story, comments, reply and report links and comment form (with the action's hidden inputs).
  expect(canonicalOf(html)).toBe(canonicalOf(fullHtml));
  expect(html).toContain('La situation au Kazakhstan a confirmé la valeur militaro-politique de l’OTSC');
  // The seed's comments (other specs add theirs to this article, so the full page fetched earlier may have fewer).
  for (const author of ['Alain Fotso', 'Mireille Nkoulou', 'Thierry Kamga']) expect(html).toContain(author);
  expect(html).toContain('?repondre=');
  expect(html).toContain('signaler=');
  expect(html).toMatch(/<form class="comment-form"[^>]*method="POST"/);
  expect(html).toContain('name="$ACTION_KEY"');
  expect(html).toContain('<style>');
  expect(html).toContain('>Version complète</a>');
  // Both versions say they vary; the light one allows no script at all.
  expect(light.headers()['vary']).toMatch(/Save-Data, Cookie/);
  expect(full.headers()['vary']).toMatch(/Save-Data, Cookie/);
  expect(light.headers()['content-security-policy']).toContain("script-src 'none'");

  // The goal: the whole light page, stylesheet included, within 25 KB gzipped.
  const gzipped = await request.get(seedArticle, { headers: { 'save-data': 'on', 'accept-encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
  const wire = Number(gzipped.headers()['content-length']);
  expect(wire).toBeLessThan(25_000);

  // Search engines send neither: they get the full page.
  const crawler = await request.get(seedArticle, { headers: { 'user-agent': 'Googlebot/2.1' } });
  expect(scriptsOf(await crawler.text()).some((attributes) => !attributes.includes('ld+json'))).toBe(true);
});

test('every kind of public page has its light version, the French 404 and search included', async ({ request, db }) => {
  const pages: [path: string, status: number, text: string][] = [
    ['/', 200, 'À la une'],
    ['/rubrique/kazakhstan', 200, 'Kazakhstan'],
    [`/auteur/${db.authorSlugOf(seedSlug)}`, 200, 'Ses articles'],
    ['/recherche?q=kazakhstan', 200, 'La situation au Kazakhstan'],
    ['/introuvable', 404, 'Page introuvable'],
  ];
  for (const [path, status, text] of pages) {
    const light = await request.get(path, { headers: { 'save-data': 'on' }, maxRedirects: 0 });
    expect(light.status(), path).toBe(status);
    const html = await light.text();
    expect(html, path).toContain(text);
    expect(
      scriptsOf(html).every((attributes) => attributes === 'type="application/ld+json"'),
      path,
    ).toBe(true);
    expect(html, path).not.toContain('/_next/static/');
    expect(html, path).toContain('>Version complète</a>');
  }
});

test('in Chromium with JavaScript on, nothing runs, and a comment posted from the light page is stored and shown held to its author', async ({
  browser,
  baseURL,
  db,
}) => {
  const article = db.insertArticle({ title: 'Un article lu sur la page allégée', bodyText: 'Le corps de l’article.' });
  const commenter = newCommenter('Légère');
  const context = await browser.newContext({
    extraHTTPHeaders: { 'save-data': 'on', 'x-forwarded-for': commenter.ip },
  });
  // Chromium leaves Playwright's extra headers off the request that follows a redirect (after the post), where a
  // browser in data-saver mode sends Save-Data on every request: the reader's choice in the footer stands for it.
  await context.addCookies([{ name: 'kq_version', value: 'legere', url: baseURL! }]);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/article/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un article lu sur la page allégée');

  const ran = await page.evaluate(() => ({
    scripts: [...document.scripts].map((script) => script.type),
    runtime: 'next' in window || '__next_f' in window,
  }));
  expect(ran.scripts.every((type) => type === 'application/ld+json')).toBe(true);
  expect(ran.runtime).toBe(false);

  const body = `Posté depuis la page légère ${commenter.email}`;
  const form = new CommentForm(page);
  await form.post({ body, name: commenter.name, email: commenter.email });
  await form.expectHeld(body);
  // The answer to the post is light too.
  expect(await page.evaluate(() => [...document.scripts].every((s) => s.type === 'application/ld+json'))).toBe(true);
  expect(requested.filter((path) => path.startsWith('/_next/static/chunks'))).toEqual([]);
  expect(db.commentsOf(commenter.email).map((comment) => comment.status)).toEqual(['pending']);
  await context.close();
});

test('a moderator’s approval shows on the light page at once', async ({ browser, db }) => {
  // A staff account is created by the command-line tool and signs in (Argon2): slow on a busy machine.
  test.slow();
  const article = db.insertArticle({ title: 'Un article modéré sur la page allégée' });
  const commenter = newCommenter('Modérée');
  const body = `Approuvé pour la page légère ${commenter.email}`;
  db.insertComment({ articleId: article.id, body, authorName: commenter.name, authorEmail: commenter.email });
  const reader = await browser.newContext({ extraHTTPHeaders: { 'save-data': 'on' } });
  const page = await reader.newPage();
  await page.goto(`/article/${article.slug}`);
  await expect(page.getByRole('link', { name: 'Version complète', exact: true })).toBeVisible();
  await expect(page.getByText(body)).toHaveCount(0);

  const moderator = createStaff('moderator', 'leger');
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, moderator, '/admin/commentaires');
  await admin.getByRole('searchbox', { name: /Rechercher/ }).fill(commenter.email);
  await admin.getByRole('button', { name: 'Rechercher' }).click();
  await admin.getByRole('article', { name: commenter.name }).getByRole('button', { name: 'Approuver' }).click();
  await expect(admin.getByRole('status')).toContainText('1 commentaire approuvé.');
  await staff.close();

  await page.reload();
  await expect(page.locator('.comment', { hasText: body })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version complète', exact: true })).toBeVisible();
  await reader.close();
});

test('the footer’s link switches to the light version and back, with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const scripted = () => page.locator('script:not([type="application/ld+json"])').count();
  await page.goto(seedArticle);
  expect(await scripted()).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Version légère', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${seedArticle}$`));
  expect(await scripted()).toBe(0);
  await expect(page.getByRole('link', { name: 'Version complète', exact: true })).toBeVisible();

  // It holds from page to page, until the reader goes back.
  await page.getByRole('link', { name: 'Accueil' }).first().click();
  expect(await scripted()).toBe(0);
  await page.getByRole('link', { name: 'Version complète', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await scripted()).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: 'Version légère', exact: true })).toBeVisible();
  await context.close();
});
