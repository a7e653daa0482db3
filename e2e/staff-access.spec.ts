import { type APIRequestContext, type Page } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import { createStaff, formFields, postForm, signIn, type StaffAccount } from './staff-helpers';

/** The dashboard's pages a moderator may not open. */
const editorAndAdminPages = [
  '/admin/reglages',
  '/admin/articles',
  '/admin/articles/nouveau',
  '/admin/rubriques',
  '/admin/redirections',
  '/admin/journal',
];

/*
 * Every staff server action, posted as a browser without JavaScript would (with the action ids the
 * server rendered for a signed-in admin), anonymously and with a role too low: refused, nothing changed.
 */

type Refusal = 'anonymous' | 'forbidden';

function expectRefused(answer: { status: number; location: string | null }, refusal: Refusal) {
  expect(answer.status).toBe(303);
  expect(answer.location).toMatch(refusal === 'anonymous' ? /^\/admin\/connexion\?retour=/ : /^\/admin\/acces-refuse$/);
}

async function asAnonymous(
  playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
) {
  return playwright.request.newContext({ baseURL });
}

let admin: StaffAccount;
let moderator: StaffAccount;
test.beforeAll(() => {
  admin = createStaff('admin');
  moderator = createStaff('moderator');
});

async function adminForms(page: Page, path: string) {
  await signIn(page, admin, path);
  await expect(page).toHaveURL(new RegExp(path.replace(/[?]/g, '\\?')));
}

test.describe('refused staff actions', () => {
  test.use({ javaScriptEnabled: false });

  test('moderating comments: anonymous calls change nothing', async ({ page, playwright, baseURL }) => {
    const marker = `acces${Date.now().toString(36)}`;
    const id = testDb.insertComment({ body: `Retenu ${marker}`, authorName: `Lecteur ${marker}` });
    await adminForms(page, `/admin/commentaires?q=${marker}`);
    const row = await formFields(page, `article[aria-labelledby="commentaire-${id}-auteur"] form.queue-item__actions`);
    const bulk = await formFields(page, 'form#lot');
    await page
      .getByRole('article', { name: `Lecteur ${marker}` })
      .getByText('Modifier')
      .click();
    const edit = await formFields(page, `article[aria-labelledby="commentaire-${id}-auteur"] form.staff-text-form`, 0);
    const reply = await formFields(page, `article[aria-labelledby="commentaire-${id}-auteur"] form.staff-text-form`, 1);

    const anonymous = await asAnonymous(playwright, baseURL);
    expectRefused(await postForm(anonymous, '/admin/commentaires', { ...row, action: 'approve' }), 'anonymous');
    expectRefused(
      await postForm(anonymous, '/admin/commentaires', { ...bulk, action: 'trash', all: 'on' }),
      'anonymous',
    );
    expectRefused(await postForm(anonymous, '/admin/commentaires', { ...edit, body: 'Piraté' }), 'anonymous');
    expectRefused(
      await postForm(anonymous, '/admin/commentaires', { ...reply, body: `Fausse réponse ${marker}` }),
      'anonymous',
    );
    expect(testDb.comment(id)?.status).toBe('pending');
    expect(testDb.comment(id)?.body).toBe(`Retenu ${marker}`);
    expect(testDb.countComments({ body: `Fausse réponse ${marker}` })).toBe(0);

    // The undo of a real batch, replayed by someone signed out.
    await page
      .getByRole('article', { name: `Lecteur ${marker}` })
      .getByRole('button', { name: 'Approuver' })
      .click();
    const undo = await formFields(page, 'form[data-undo]');
    expectRefused(await postForm(anonymous, '/admin/commentaires', undo), 'anonymous');
    expect(testDb.comment(id)?.status).toBe('approved');
    await anonymous.dispose();
  });

  test('deleting for good: refused to a moderator, and to anyone signed out', async ({
    page,
    playwright,
    baseURL,
    browser,
  }) => {
    const marker = `efface${Date.now().toString(36)}`;
    const id = testDb.insertComment({
      body: `Spam ${marker}`,
      authorName: `Robot ${marker}`,
      status: 'spam',
      heldReason: 'honeypot',
    });
    await adminForms(page, `/admin/commentaires?statut=spam&q=${marker}`);
    const row = await formFields(page, `article[aria-labelledby="commentaire-${id}-auteur"] form.queue-item__actions`);

    const anonymous = await asAnonymous(playwright, baseURL);
    expectRefused(await postForm(anonymous, '/admin/commentaires', { ...row, action: 'delete' }), 'anonymous');
    await anonymous.dispose();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const moderatorPage = await context.newPage();
    await signIn(moderatorPage, moderator, `/admin/commentaires?statut=spam&q=${marker}`);
    await expect(moderatorPage.getByRole('button', { name: 'Supprimer définitivement' })).toHaveCount(0);
    expectRefused(
      await postForm(moderatorPage.request, '/admin/commentaires', { ...row, action: 'delete' }, moderator.ip),
      'forbidden',
    );
    await context.close();
    expect(testDb.comment(id)?.status).toBe('spam');
    expect(testDb.auditEntries({ action: 'access.denied', byEmail: moderator.email })).toHaveLength(1);
  });

  test('settings: refused signed out, to a moderator and to an editor', async ({
    page,
    playwright,
    baseURL,
    browser,
  }) => {
    await adminForms(page, '/admin/reglages');
    const form = await formFields(page, 'form.admin-form');
    const before = testDb.settings();
    const anonymous = await asAnonymous(playwright, baseURL);
    expectRefused(
      await postForm(anonymous, '/admin/reglages', { ...form, moderationMode: 'approve-all' }),
      'anonymous',
    );
    await anonymous.dispose();
    for (const role of ['moderator', 'editor'] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const other = await context.newPage();
      const account = createStaff(role);
      await signIn(other, account);
      expectRefused(
        await postForm(other.request, '/admin/reglages', { ...form, moderationMode: 'approve-all' }, account.ip),
        'forbidden',
      );
      await context.close();
    }
    expect(testDb.settings()).toEqual(before);
  });
});

test.describe('refused staff actions on articles, sections and commenters', () => {
  test.use({ javaScriptEnabled: false });

  test('articles, image uploads, sections and tags: refused signed out and to a moderator', async ({
    page,
    playwright,
    baseURL,
    browser,
  }) => {
    const editor = createStaff('editor');
    const { id, title } = testDb.firstPublishedArticle();
    await signIn(page, editor, `/admin/articles/${id}`);
    const save = await formFields(page, 'form.article-form');
    await page.goto('/admin/rubriques');
    const newTag = await formFields(page, 'form[aria-label="Nouveau mot-clé"]');
    const newSection = await formFields(page, 'form[aria-label="Nouvelle rubrique"]');
    const marker = `refus${Date.now().toString(36)}`;
    const attempts: [string, Record<string, string>][] = [
      [`/admin/articles/${id}`, { ...save, title: `Piraté ${marker}`, intent: 'save' }],
      ['/admin/articles/nouveau', { ...save, id: '', title: `Nouveau ${marker}`, intent: 'save' }],
      ['/admin/rubriques', { ...newTag, name: `Tag ${marker}` }],
      ['/admin/rubriques', { ...newSection, name: `Rubrique ${marker}` }],
    ];
    const anonymous = await asAnonymous(playwright, baseURL);
    for (const [path, fields] of attempts) expectRefused(await postForm(anonymous, path, fields), 'anonymous');
    const image = {
      multipart: { fichiers: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') } },
      maxRedirects: 0,
    };
    expect((await anonymous.post('/admin/medias/televerser', image)).status()).toBe(401);
    await anonymous.dispose();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const moderatorPage = await context.newPage();
    await signIn(moderatorPage, moderator);
    for (const [path, fields] of attempts)
      expectRefused(await postForm(moderatorPage.request, path, fields, moderator.ip), 'forbidden');
    expect((await moderatorPage.request.post('/admin/medias/televerser', image)).status()).toBe(403);
    await context.close();

    expect(testDb.article(id)?.title).toBe(title);
    expect(testDb.countContentNamed(marker)).toBe(0);
  });

  test('trusting and blocking a commenter: refused signed out', async ({ page, playwright, baseURL }) => {
    const marker = `regle${Date.now().toString(36)}`;
    const id = testDb.insertComment({ body: `Avis ${marker}`, authorName: `Lecteur ${marker}` });
    await adminForms(page, `/admin/commentaires/commentateur/${id}`);
    const trust = await formFields(page, 'form:has(input[name="kind"][value="trust"])');
    const block = await formFields(page, 'form:has(input[name="kind"][value="block"])');
    const before = testDb.countCommenterRules();
    const anonymous = await asAnonymous(playwright, baseURL);
    expectRefused(await postForm(anonymous, `/admin/commentaires/commentateur/${id}`, trust), 'anonymous');
    expectRefused(await postForm(anonymous, `/admin/commentaires/commentateur/${id}`, block), 'anonymous');
    await anonymous.dispose();
    expect(testDb.countCommenterRules()).toBe(before);
  });
});

test.describe('pages a role may not reach', () => {
  test('an editor reaches articles but neither the settings nor the audit log', async ({ page }) => {
    await signIn(page, createStaff('editor'));
    await page.goto('/admin/articles');
    await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
    for (const path of ['/admin/reglages', '/admin/journal']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Accès refusé' }), path).toBeVisible();
    }
  });

  test('a moderator sees neither the settings, the articles nor the audit log, nor their links', async ({ page }) => {
    await signIn(page, createStaff('moderator'));
    const nav = page.getByRole('navigation', { name: 'Tableau de bord' });
    await expect(nav.getByRole('link', { name: 'Commentaires' })).toBeVisible();
    for (const name of ['Articles', 'Réglages', 'Journal', 'Rubriques et mots-clés', 'Redirections'])
      await expect(nav.getByRole('link', { name })).toHaveCount(0);
    for (const path of editorAndAdminPages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Accès refusé' }), path).toBeVisible();
    }
  });

  test('signed out, every staff page sends to the sign-in form', async ({ request }) => {
    for (const path of ['/admin', '/admin/commentaires', ...editorAndAdminPages]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()['location'], path).toBe(`/admin/connexion?retour=${encodeURIComponent(path)}`);
    }
  });
});
