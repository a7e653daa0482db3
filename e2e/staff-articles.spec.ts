import { type Page } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import sharp from 'sharp';
import { alertMessage, createStaff, signIn } from './staff-helpers';

function localInput(date: Date): string {
  // The newsroom's zone (Africa/Douala, UTC+1, no summer time), day first as the newsroom writes it.
  const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(
    new Date(date.getTime() + 3_600_000).toISOString(),
  )!;
  return `${day}/${month}/${year} ${time}`;
}

/** Saves and waits for the server's answer: the message of the previous save may still be on screen. */
async function save(page: Page) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await answered;
  await expect(page.getByRole('status')).toHaveText('Article enregistré.');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`articles with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('an editor writes, previews, schedules and publishes an article that then appears on the home page', async ({
      page,
      browser,
    }) => {
      const marker = Date.now().toString(36) + (javaScriptEnabled ? 'js' : 'html');
      const title = `Élection à Garoua : les résultats du scrutin ${marker}`;
      const editor = createStaff('editor');
      await signIn(page, editor);
      await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Articles' }).click();
      await page.getByRole('link', { name: 'Nouvel article' }).click();
      await page.getByLabel('Titre', { exact: true }).fill(title);
      await page.getByLabel('Chapô').fill('Le dépouillement a duré toute la nuit.');
      await page
        .getByLabel('Texte (Markdown)')
        .fill(
          `Le **taux de participation** atteint 61 %.\n\n<script>alert('x')</script>\n\n## Les chiffres\n\nVoir [le site](https://example.com).`,
        );
      await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
      await page.getByLabel('Mots-clés').fill(`Garoua, Scrutin ${marker}`);

      await page.getByRole('button', { name: 'Aperçu du texte' }).click();
      const preview = page.getByRole('region', { name: 'Aperçu' });
      await expect(preview.locator('strong')).toHaveText('taux de participation');
      await expect(preview.getByRole('heading', { name: 'Les chiffres' })).toBeVisible();
      await expect(preview.locator('script')).toHaveCount(0);
      await expect(page.getByLabel('Titre', { exact: true })).toHaveValue(title);

      // Scheduled: published, at a time to come.
      await page.getByRole('radio', { name: 'Publié' }).check();
      const when = localInput(new Date(Date.now() + 2 * 86_400_000));
      await page.getByLabel('Date et heure de publication').fill(when);
      await save(page);
      await expect(page.locator('.status')).toHaveText('Programmé');
      // The field comes back as the newsroom writes it, in its zone, whatever the browser's own format.
      const scheduledAt = page.getByLabel('Date et heure de publication');
      await expect(scheduledAt).toHaveValue(when);
      await expect(scheduledAt).toHaveAttribute('type', 'text');
      await expect(scheduledAt).toHaveAccessibleDescription(/^JJ\/MM\/AAAA HH:MM, heure de Douala \(UTC\+1\)/);
      const stored = testDb.articleByTitle(title)!;
      expect(stored.slug).toBe(`election-a-garoua-les-resultats-du-scrutin-${marker}`);
      expect(stored.bodyHtml).not.toContain('<script');
      const reader = await browser.newContext();
      const readerPage = await reader.newPage();
      await readerPage.goto('/');
      await expect(readerPage.getByRole('link', { name: title })).toHaveCount(0);
      expect((await readerPage.goto(`/article/${stored.slug}`))?.status()).toBe(404);

      // Published now: the home page, the article, its tag page.
      await page.getByLabel('Date et heure de publication').fill('');
      await save(page);
      await expect(page.locator('.status')).toHaveText('Publié');
      await readerPage.goto('/');
      await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
      await readerPage.goto(`/article/${stored.slug}`);
      await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await readerPage.goto(`/mot-cle/scrutin-${marker}`);
      await expect(readerPage.getByRole('link', { name: title })).toBeVisible();

      // Renamed: the old address answers with a permanent redirect to the new one.
      await page.getByLabel('Adresse (slug)').fill(`resultats-garoua-${marker}`);
      await save(page);
      const old = await readerPage.request.get(`/article/${stored.slug}`, { maxRedirects: 0 });
      expect([301, 308]).toContain(old.status());
      // Next may repeat the header on the first, uncached answer: every value must be the new address.
      expect(
        new Set(
          old
            .headersArray()
            .filter((header) => header.name.toLowerCase() === 'location')
            .map((header) => header.value),
        ),
      ).toEqual(new Set([`/article/resultats-garoua-${marker}`]));
      await reader.close();

      const actions = testDb.auditEntries({ targetType: 'article', targetId: stored.id }).map((entry) => entry.action);
      expect(actions).toEqual(['article.create', 'article.publish', 'article.update']);
    });
  });
}

test('an image is checked by its content, stored outside the build and served with its type; alt text is required', async ({
  page,
  browser,
}) => {
  const editor = createStaff('editor');
  await signIn(page, editor);
  const marker = Date.now().toString(36);
  await page.goto('/admin/articles/nouveau');
  await page.getByLabel('Titre', { exact: true }).fill(`Photo du jour ${marker}`);
  await page.getByLabel('Texte (Markdown)').fill('Une image vaut mille mots.');
  await page.getByRole('radio', { name: 'Publié' }).check();
  await save(page);

  const upload = page.getByRole('region', { name: 'Envoyer une nouvelle image' });
  // A script named like a photo is refused.
  await upload
    .getByLabel(/^Fichier/)
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') });
  await upload.getByRole('button', { name: 'Envoyer l’image' }).click();
  await expect(alertMessage(page)).toHaveText(
    'Ce fichier n’est pas une image JPEG, PNG ou WebP, ou elle est trop grande pour être lue.',
  );

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a3131c' } })
    .png()
    .toBuffer();
  await upload.getByLabel(/^Fichier/).setInputFiles({ name: 'marche.png', mimeType: 'image/png', buffer: png });
  await upload.getByRole('button', { name: 'Envoyer l’image' }).click();
  const image = page.getByRole('group', { name: 'Image principale' });
  await image.getByLabel('Texte alternatif de l’image').fill(`Le marché de Mokolo ${marker}`);
  await image.getByLabel('Crédit').fill('Photo Kiosque');
  await save(page);
  const article = testDb.articleByTitle(`Photo du jour ${marker}`)!;
  expect(article).toMatchObject({ heroWidth: 64, heroAlt: `Le marché de Mokolo ${marker}` });
  expect(article.heroSrc).toMatch(/^\/medias\/[0-9a-f]{32}\.png$/);

  const served = await page.request.get(article.heroSrc!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(served.headers()['cache-control']).toContain('immutable');
  expect((await page.request.get('/medias/..%2Fsecret.key')).status()).toBe(404);

  // The alt text cannot be emptied while the article has its image.
  await image.getByLabel('Texte alternatif de l’image').fill('');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Décrivez l’image pour qui ne la voit pas.')).toBeVisible();

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/article/${article.slug}`);
  await expect(readerPage.getByRole('img', { name: `Le marché de Mokolo ${marker}` })).toBeVisible();
  await expect(readerPage.getByText('Photo Kiosque')).toBeVisible();
  await reader.close();
});

test('sections and tags are managed by editors; a moderator is refused', async ({ page, browser }) => {
  const marker = Date.now().toString(36);
  await signIn(page, createStaff('editor'), '/admin/rubriques');
  // Every section showed "0 article"; the seed's Kazakhstan section has its articles.
  await expect(page.getByRole('form', { name: 'Rubrique Kazakhstan' }).locator('.hint')).toHaveText(
    /^[1-9]\d* articles?$/,
  );
  const newTag = page.getByRole('form', { name: 'Nouveau mot-clé' });
  await newTag.getByLabel('Nom').fill(`Santé publique ${marker}`);
  await newTag.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('status')).toHaveText('Enregistré.');
  expect(testDb.tagExists(`sante-publique-${marker}`)).toBe(true);
  await page
    .getByRole('form', { name: `Mot-clé Santé publique ${marker}` })
    .getByLabel('Nom')
    .fill(`Santé ${marker}`);
  await page
    .getByRole('form', { name: `Mot-clé Santé publique ${marker}` })
    .getByRole('button', { name: 'Enregistrer' })
    .click();
  await expect(page.getByRole('status')).toHaveText('Enregistré.');
  await page.getByRole('button', { name: `Supprimer Santé ${marker}` }).click();
  await expect(page.getByRole('status')).toHaveText('Supprimé.');
  expect(testDb.tagExists(`sante-publique-${marker}`)).toBe(false);

  const context = await browser.newContext();
  const moderatorPage = await context.newPage();
  await signIn(moderatorPage, createStaff('moderator'), '/admin/rubriques');
  await expect(moderatorPage.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
  await context.close();
});
