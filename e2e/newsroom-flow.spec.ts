import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { picture } from './pictures';
import { createStaff, signIn } from './staff-helpers';
import { invite, joinThroughLink, writeBio } from './team-helpers';

/*
 * A newsroom's day, end to end, with JavaScript on and every part real (the SMTP sink, the uploads, the
 * preview link, the public pages): an admin invites an editor; the editor joins through the link, writes
 * their bio, uploads two pictures, writes an article with one of them in the text and a video, shares a
 * preview with a colleague who has no account, publishes, then corrects the article.
 */

const youtube = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

/** Clicks a button that posts, and waits for the server's answer and the page it leads to. */
async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
  await answered;
  await page.waitForLoadState();
}

test('an invited editor joins, writes their bio, illustrates an article, shares its preview, publishes and corrects it', async ({
  browser,
  page,
  db,
  mailbox,
}) => {
  test.setTimeout(120_000);
  const marker = `${Date.now().toString(36)}${process.pid}`;

  // The admin invites an editor from the team page; the link is shown and e-mailed.
  await signIn(page, createStaff('admin', 'cheffe'), '/admin');
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Équipe' }).click();
  const email = `journaliste.${marker}@redaction.example`;
  const link = await invite(page, { name: 'Aïcha Journaliste', email, role: 'éditeur' });
  const mail = await mailbox.waitFor(email);
  expect(mailbox.link(mail, '/admin/lien/')).toBe(link);

  // The editor, in a browser of their own, joins through the link in the e-mail.
  const name = `Aïcha Bello ${marker}`;
  const editor = await joinThroughLink(browser, mailbox.link(mail, '/admin/lien/'), name, 'une longue phrase de passe');

  // Their bio, which their author page shows.
  const bio = `Couvre l’économie portuaire, ${marker}.`;
  await writeBio(editor, name, bio);

  // Two pictures in the library, each described.
  await editor.goto('/admin');
  await editor.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Médiathèque' }).click();
  const seed = Date.now() + 0x5000;
  const files = { quay: `quai-${marker}.jpg`, cranes: `grues-${marker}.png` };
  await editor.getByLabel(/^Images \(JPEG/).setInputFiles([
    { name: files.quay, mimeType: 'image/jpeg', buffer: await picture(1200, 800, 'jpeg', seed) },
    { name: files.cranes, mimeType: 'image/png', buffer: await picture(900, 600, 'png', seed + 1) },
  ]);
  await submit(editor, editor.getByRole('button', { name: 'Envoyer', exact: true }));
  await expect(editor.getByRole('status')).toHaveText('2 images ajoutées à la médiathèque.');
  const alts = { quay: `Le quai de Kribi au matin ${marker}`, cranes: `Les grues du port ${marker}` };
  for (const key of ['quay', 'cranes'] as const) {
    await editor.goto(`/admin/medias?q=${encodeURIComponent(files[key])}`);
    const item = editor.getByRole('form', { name: `Image ${files[key]}` });
    await item.getByLabel('Texte alternatif').fill(alts[key]);
    if (key === 'quay') {
      await item.getByLabel('Légende').fill('Un porte-conteneurs à quai');
      await item.getByLabel('Crédit').fill('Photo Kiosque');
    }
    await submit(editor, item.getByRole('button', { name: 'Enregistrer' }));
    await expect(editor.getByRole('status')).toHaveText('Image enregistrée.');
  }
  const [quay] = db.mediaNamed(files.quay);

  // The article, a draft: the quay in the text at the cursor, the video on a line of its own, the cranes as its image.
  const title = `Le port de Kribi tourne à plein ${marker}`;
  await editor.goto('/admin/articles');
  await editor.getByRole('link', { name: 'Nouvel article' }).click();
  await editor.getByLabel('Titre', { exact: true }).fill(title);
  await editor.getByLabel('Chapô').fill('Les escales ont doublé en un an.');
  const body = editor.getByLabel('Texte (Markdown)');
  await body.fill(`Les navires attendent au large.\n\n${youtube}`);
  await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(31, 31));
  await editor.getByText('Insérer une image de la médiathèque').click();
  await editor.getByRole('button', { name: `Insérer ${files.quay}` }).click();
  await expect(body).toHaveValue(`Les navires attendent au large.\n\n![](${quay!.src})\n\n${youtube}`);
  await editor.getByLabel('Image de la médiathèque').selectOption({ label: files.cranes });
  await editor.getByLabel('Rubrique').selectOption({ label: 'Économie' });
  await editor.getByLabel('Auteur').selectOption({ label: name });
  await editor.getByRole('radio', { name: 'Brouillon' }).check();
  await submit(editor, editor.getByRole('button', { name: 'Enregistrer', exact: true }));
  await expect(editor.getByRole('status').filter({ hasText: 'Article enregistré.' })).toBeVisible();
  const { slug } = db.articleByTitle(title)!;

  // A preview link for a colleague without an account: the draft as readers will see it, kept out of search engines.
  await editor.getByRole('button', { name: 'Créer un lien d’aperçu à partager' }).click();
  const previewLink = await editor.getByLabel('Lien d’aperçu').inputValue();
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  const preview = await colleague.goto(previewLink);
  expect(preview?.status()).toBe(200);
  expect(preview?.headers()['x-robots-tag']).toContain('noindex');
  await expect(colleague.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(colleague.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(colleague.getByRole('img', { name: alts.quay })).toBeVisible();
  await expect(colleague.getByRole('link', { name: 'Voir la vidéo sur YouTube' })).toHaveAttribute('href', youtube);
  // Not published yet: readers find nothing at its address.
  expect((await colleague.request.get(`/article/${slug}`)).status()).toBe(404);

  // Published: readers get the figure, the video's link and the byline to the author page with the bio.
  await editor.getByRole('radio', { name: 'Publié' }).check();
  await submit(editor, editor.getByRole('button', { name: 'Enregistrer', exact: true }));
  await expect(editor.getByRole('status').filter({ hasText: 'Article enregistré.' })).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/article/${slug}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const figure = reader.locator('.article__body figure').filter({ has: reader.getByRole('img', { name: alts.quay }) });
  await expect(figure.locator('figcaption')).toHaveText('Un porte-conteneurs à quai Photo Kiosque');
  await expect(reader.locator('.article__hero img')).toHaveAttribute('alt', alts.cranes);
  await expect(reader.getByRole('link', { name: 'Voir la vidéo sur YouTube' })).toHaveAttribute('href', youtube);
  await reader.getByRole('link', { name }).first().click();
  await expect(reader.getByText(bio)).toBeVisible();
  await expect(reader.getByRole('link', { name: title })).toBeVisible();

  // A correction, dated at the end of the article.
  await editor.getByText('Ajouter une correction').click();
  const note = `Les escales ont augmenté de 80 %, non doublé (${marker}).`;
  await editor.getByLabel('Note de correction').fill(note);
  await editor.getByRole('button', { name: 'Publier la correction' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Correction publiée.' })).toBeVisible();
  await reader.goto(`/article/${slug}`);
  const corrections = reader.getByRole('region', { name: 'Corrections' });
  await expect(corrections).toContainText(/Correction, le \d{1,2}(er)? \p{L}+ \d{4} :/u);
  await expect(corrections).toContainText(note);

  // Each step is in the audit log, under the editor's name.
  const actions = db.auditEntries({ byEmail: email }).map((entry) => entry.action);
  expect(actions).toEqual(
    expect.arrayContaining([
      'profile.update',
      'media.upload',
      'media.update',
      'article.create',
      'article.publish',
      'article.correct',
    ]),
  );
  await Promise.all([editor.context().close(), colleagueContext.close(), reader.context().close()]);
});
