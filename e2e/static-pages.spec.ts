import { type Page } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import { createStaff, formFields, postForm, signIn } from './staff-helpers';

// The site's own pages (/page/<slug>): written in the dashboard, read with JavaScript off, listed in the
// footer when staff choose, a draft a 404, and the page action refused to anyone who may not write.

// Each test signs in (Argon2, by design slow) and drives two browsers on a shared, loaded machine.
test.slow();

async function writePage(
  page: Page,
  values: { title: string; body: string; published: boolean; inFooter: boolean; position?: string },
) {
  await page.goto('/admin/pages');
  await page.getByRole('link', { name: 'Nouvelle page' }).click();
  await page.getByLabel('Titre', { exact: true }).fill(values.title);
  await page.getByLabel('Texte (Markdown)').fill(values.body);
  if (values.published) await page.getByRole('radio', { name: 'Publiée' }).check();
  if (values.inFooter) await page.getByLabel('Lister dans le pied de page').check();
  if (values.position) await page.getByLabel('Ordre dans le pied de page').fill(values.position);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Page enregistrée.');
}

test('an editor writes a page for the footer; readers open it with JavaScript off, its hostile markup inert', async ({
  page,
  browser,
}) => {
  const marker = Date.now().toString(36);
  const title = `Qui sommes-nous ${marker}`;
  await signIn(page, createStaff('editor'));
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Pages' }).click();
  await writePage(page, {
    title,
    body: [
      `Une **rédaction** indépendante à Douala.`,
      `<script>document.title = 'pris ${marker}'</script>`,
      `<img src="/x.png" onerror="document.title = 'pris ${marker}'">`,
      `[Écrire](javascript:alert(1)) ou [nous écrire](mailto:redaction@kiosque.example).`,
    ].join('\n\n'),
    published: true,
    inFooter: true,
    position: '1',
  });
  const slug = `qui-sommes-nous-${marker}`;
  await expect(page.getByRole('link', { name: 'Voir la page' })).toHaveAttribute('href', `/page/${slug}`);
  expect(testDb.auditEntries({ action: 'page.create', detailsContain: slug })).toHaveLength(1);

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const readerPage = await reader.newPage();
  await readerPage.goto('/');
  await readerPage.getByRole('contentinfo').getByRole('link', { name: title }).click();
  await expect(readerPage).toHaveURL(new RegExp(`/page/${slug}$`));
  await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const body = readerPage.locator('.article__body');
  await expect(body.locator('strong')).toHaveText('rédaction');
  await expect(body.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(body.getByText('<script>', { exact: false })).toBeVisible();
  await expect(body.getByRole('link', { name: 'nous écrire' })).toHaveAttribute(
    'href',
    'mailto:redaction@kiosque.example',
  );
  await expect(body.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(readerPage).not.toHaveTitle(new RegExp(`pris ${marker}`));
  // No comments on a page.
  await expect(readerPage.locator('#commentaires, form textarea')).toHaveCount(0);
  const sitemap = await readerPage.request.get('/sitemaps/pages-1.xml');
  expect(await sitemap.text()).toContain(`/page/${slug}</loc>`);
  await reader.close();
});

test('a draft page answers 404 at its address and stays out of the footer, even with the box ticked', async ({
  page,
  request,
}) => {
  const marker = Date.now().toString(36);
  const title = `Brouillon de page ${marker}`;
  await signIn(page, createStaff('editor'));
  await writePage(page, { title, body: 'Pas encore prête.', published: false, inFooter: true });
  const response = await request.get(`/page/brouillon-de-page-${marker}`);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('Pas encore prête.');
  expect(await (await request.get('/')).text()).not.toContain(title);
});

test.describe('refused page actions', () => {
  test.use({ javaScriptEnabled: false });

  test('a page posted signed out, or by a moderator, is refused and nothing is stored', async ({
    page,
    browser,
    playwright,
    baseURL,
  }) => {
    const marker = Date.now().toString(36);
    await signIn(page, createStaff('admin'), '/admin/pages/nouvelle');
    const form = {
      ...(await formFields(page, 'form.admin-form')),
      title: `Page pirate ${marker}`,
      bodyMarkdown: 'Piratée.',
      status: 'published',
      inFooter: 'on',
    };
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedOut = await postForm(anonymous, '/admin/pages/nouvelle', form);
    expect(signedOut.status).toBe(303);
    expect(signedOut.location).toMatch(/^\/admin\/connexion\?retour=/);
    await anonymous.dispose();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const moderatorPage = await context.newPage();
    const moderator = createStaff('moderator');
    await signIn(moderatorPage, moderator);
    const refused = await postForm(moderatorPage.request, '/admin/pages/nouvelle', form, moderator.ip);
    expect(refused.status).toBe(303);
    expect(refused.location).toBe('/admin/acces-refuse');
    await context.close();
    expect((await page.request.get(`/page/page-pirate-${marker}`)).status()).toBe(404);
  });
});
