import type { Browser, Page } from '@playwright/test';
import { expect, previewTokenIssuedAt, test } from './fixtures';
import { createStaff, signIn, type StaffAccount } from './staff-helpers';

/*
 * Writing and publishing (issue 15): revisions, the warning instead of an overwrite, previews and their
 * shared links, the trash and its 410, corrections with their dates.
 */

// Every article here has a dek (the feeds' description), in a section no other spec reads page by page.
const dek = 'Un chapô.';
const sectionSlug = 'sport';
const marker = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Saves the editor's form and waits for the server's answer. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Article enregistré.' })).toBeVisible();
}

/** A signed-in editor of their own, in a browser context of their own. */
async function editorPage(browser: Browser, javaScriptEnabled: boolean, account: StaffAccount, path: string) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, account, path);
  return page;
}

/** The article page's NewsArticle JSON-LD. */
async function newsArticle(page: Page): Promise<{ datePublished: string; dateModified: string }> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'NewsArticle');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`writing with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('every save keeps a revision; one is compared word by word and restored as a new revision', async ({
      page,
      browser,
      db,
    }) => {
      const title = `Révisions ${marker()}`;
      const { id, slug } = db.insertArticle({ dek, sectionSlug, title, bodyText: 'Le prix du cacao monte à Douala.' });
      await signIn(page, createStaff('editor'), `/admin/articles/${id}`);
      await save(page);
      await page.getByLabel('Texte (Markdown)').fill('Le prix du café monte à Douala.');
      await save(page);

      await page.getByRole('link', { name: 'Révisions' }).click();
      const list = page.getByRole('listitem').filter({ hasText: 'Comparer au texte actuel' });
      await expect(list).toHaveCount(2);
      await list.last().getByRole('link', { name: 'Comparer au texte actuel' }).click();
      const comparison = page.getByRole('region', { name: /comparée au texte actuel/ });
      // From the current text to the revision's: restoring it takes "café" out and puts "cacao" back.
      await expect(comparison.locator('del')).toHaveText('[retiré : café]');
      await expect(comparison.locator('ins')).toHaveText('[ajouté : cacao]');
      await comparison.getByRole('button', { name: 'Restaurer cette révision' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Révision restaurée.' })).toBeVisible();
      await expect(list).toHaveCount(3);
      await expect(list.first()).toContainText('Restauration');
      expect(db.auditEntries({ targetType: 'article', targetId: id }).map((entry) => entry.action)).toContain(
        'article.restoreRevision',
      );

      const reader = await (await browser.newContext()).newPage();
      await reader.goto(`/article/${slug}`);
      await expect(reader.locator('.article__body')).toHaveText('Le prix du cacao monte à Douala.');
    });

    test('a save over a colleague’s later save is refused with a warning, the text typed kept', async ({
      page,
      browser,
      db,
    }) => {
      const { id } = db.insertArticle({
        dek,
        sectionSlug,
        title: `Concurrence ${marker()}`,
        bodyText: 'Version de départ.',
      });
      const editor = createStaff('editor');
      await signIn(page, editor, `/admin/articles/${id}`);
      const colleague = await editorPage(browser, javaScriptEnabled, createStaff('editor'), `/admin/articles/${id}`);
      await colleague.getByLabel('Texte (Markdown)').fill('Version de la collègue.');
      await save(colleague);

      await page.getByLabel('Texte (Markdown)').fill('Ma version.');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(
        page.getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a enregistré cet article depuis' }),
      ).toBeVisible();
      await expect(page.getByLabel('Texte (Markdown)')).toHaveValue('Ma version.');
      await colleague.reload();
      await expect(colleague.getByLabel('Texte (Markdown)')).toHaveValue('Version de la collègue.');
    });

    test('a preview link opens a draft in a signed-out browser, never cached nor indexed; forged and expired ones are refused', async ({
      page,
      browser,
      db,
    }) => {
      const title = `Aperçu ${marker()}`;
      const { id } = db.insertArticle({
        dek,
        title,
        status: 'draft',
        publishedAt: null,
        bodyText: 'Pas encore publié.',
      });
      const other = db.insertArticle({
        dek,
        sectionSlug,
        title: `Autre brouillon ${marker()}`,
        status: 'draft',
        publishedAt: null,
      });
      await signIn(page, createStaff('editor'), `/admin/articles/${id}`);

      // Staff see it with the site's layout before publication.
      await page.getByRole('link', { name: 'Aperçu comme les lecteurs le verront' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Rubriques' }).first()).toBeVisible();
      await page.goBack();

      await page.getByRole('button', { name: 'Créer un lien d’aperçu à partager' }).click();
      const link = new URL(await page.getByLabel('Lien d’aperçu').inputValue());
      const reader = await (await browser.newContext({ javaScriptEnabled })).newPage();
      const response = await reader.goto(link.pathname);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toContain('no-store');
      expect(response?.headers()['x-robots-tag']).toContain('noindex');
      await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(reader.getByRole('note')).toContainText('n’est pas publié');
      // The staff preview page itself stays closed to the signed-out.
      await reader.goto(`/apercu/article/${id}`);
      await expect(reader).toHaveURL(/\/admin\/connexion/);

      const token = link.pathname.split('/').pop()!;
      const [payload, mac] = token.split('.');
      const expiry = payload.split('-')[1];
      const refused = [
        `${other.id}-${expiry}.${mac}`,
        `${id}-${Number(expiry) + 86_400_000}.${mac}`,
        `${id}-${expiry}.${mac.slice(0, -2)}AA`,
        await previewTokenIssuedAt(id, new Date(Date.now() - 8 * 86_400_000)),
        'nimportequoi',
      ];
      for (const forged of refused) {
        expect((await reader.goto(`/apercu/${forged}`))?.status(), forged).toBe(404);
        await expect(reader.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
      }
    });

    test('an article put in the trash answers 410 and leaves the lists and feeds at once, until restored', async ({
      page,
      browser,
      db,
    }) => {
      const title = `Suppression ${marker()}`;
      const { id, slug } = db.insertArticle({ dek, sectionSlug, title, bodyText: 'À supprimer.' });
      await signIn(page, createStaff('editor'), `/admin/articles/${id}`);
      // Saved once through the editor, so the home page and the feed list it.
      await save(page);
      const reader = await (await browser.newContext()).newPage();
      await reader.goto('/');
      await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();

      await page.getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Article mis à la corbeille.' })).toBeVisible();
      const gone = await reader.request.get(`/article/${slug}`);
      expect(gone.status()).toBe(410);
      expect(await gone.text()).toContain('Article supprimé');
      expect((await reader.goto(`/article/${slug}`))?.status()).toBe(410);
      await expect(reader.getByText('Cet article a été retiré du site')).toBeVisible();
      await reader.goto('/');
      await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
      expect(await (await reader.request.get('/flux.xml')).text()).not.toContain(slug);
      expect(await (await reader.request.get('/sitemap-news.xml')).text()).not.toContain(slug);

      await page.getByRole('link', { name: 'Articles', exact: true }).first().click();
      await expect(page.getByRole('link', { name: title })).toHaveCount(0);
      await page.getByRole('link', { name: 'Corbeille', exact: true }).click();
      await page.getByRole('button', { name: `Restaurer : ${title}` }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Article restauré.' })).toBeVisible();
      expect((await reader.goto(`/article/${slug}`))?.status()).toBe(200);
      await reader.goto('/');
      await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();
      expect(db.auditEntries({ targetType: 'article', targetId: id }).map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['article.trash', 'article.untrash']),
      );
    });

    test('a correction shows dated at the end of the article and moves dateModified and the feed; a plain save does not', async ({
      page,
      browser,
      db,
    }) => {
      const title = `Correction ${marker()}`;
      const { id, slug } = db.insertArticle({ dek, sectionSlug, title, bodyText: 'Le pont a coûté 2 milliards.' });
      await signIn(page, createStaff('editor'), `/admin/articles/${id}`);
      await page.getByLabel('Texte (Markdown)').fill('Le pont a coûté 2 milliards de francs.');
      await save(page);
      const reader = await (await browser.newContext()).newPage();
      await reader.goto(`/article/${slug}`);
      const typoFixed = await newsArticle(reader);
      expect(typoFixed.dateModified).toBe(typoFixed.datePublished);

      await page.getByText('Ajouter une correction').click();
      await page.getByLabel('Note de correction').fill('Le pont a coûté 3 milliards de francs, non 2.');
      await page.getByRole('button', { name: 'Publier la correction' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Correction publiée.' })).toBeVisible();

      await reader.goto(`/article/${slug}`);
      const notes = reader.getByRole('region', { name: 'Corrections' });
      await expect(notes).toContainText(/Correction, le \d{1,2}(er)? \p{L}+ \d{4} : Le pont a coûté 3 milliards/u);
      const corrected = await newsArticle(reader);
      expect(Date.parse(corrected.dateModified)).toBeGreaterThan(Date.parse(corrected.datePublished));
      // The section's feed: the site's holds only the newest articles, which other specs keep adding.
      const feed = await (await reader.request.get(`/rubrique/${sectionSlug}/flux/atom.xml`)).text();
      const entry = feed.split('<entry>').find((part) => part.includes(slug))!;
      expect(entry).toContain(`<updated>${corrected.dateModified}</updated>`);
    });
  });
}

test('autosave keeps the text being typed without publishing it, and warns once a colleague has saved', async ({
  page,
  browser,
  db,
}) => {
  const { id, slug } = db.insertArticle({ dek, sectionSlug, title: `Autosave ${marker()}`, bodyText: 'Texte publié.' });
  await signIn(page, createStaff('editor'), `/admin/articles/${id}`);
  const body = page.getByLabel('Texte (Markdown)');
  await body.fill('Texte en cours d’écriture.');
  await page.getByLabel('Chapô').focus();
  await expect(page.getByText(/^Brouillon enregistré automatiquement à \d+ h \d{2}\.$/)).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/article/${slug}`);
  await expect(reader.locator('.article__body')).toHaveText('Texte publié.');

  const colleague = await editorPage(browser, true, createStaff('editor'), `/admin/articles/${id}`);
  await colleague.getByLabel('Titre', { exact: true }).fill(`Autosave repris ${marker()}`);
  await save(colleague);
  await body.fill('Texte en cours d’écriture, suite.');
  await page.getByLabel('Chapô').focus();
  await expect(page.getByText('Quelqu’un d’autre a enregistré cet article entre-temps')).toBeVisible();
});
