import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { newCommenter, useClientAddress } from './comment-helpers';
import { expect, outboxTo, quietArticle, test } from './fixtures';
import type { Mailbox } from './mailbox';
import { CommentForm } from './pages/comment-form';

/*
 * "Mes données": a commenter gets a single-use link by e-mail, sees and downloads what is kept under their
 * address, and erases it; then nothing personal about that address is left in the database file. And the
 * attacks on it: strangers' addresses, replayed, expired and forged links, floods, someone else's data.
 */

const ANSWER =
  /Si des commentaires ou des abonnements sont enregistrés sous cette adresse, un lien vient de lui être envoyé/;
const LINK_SUBJECT = 'Accès à vos données – Kiosque';

/** A client address of one's own, whose text is in no other address (a search of the file finds only it). */
const uniqueIpv6 = () =>
  `2001:db8:${Array.from({ length: 6 }, () => `${(8 + (randomBytes(1)[0]! % 8)).toString(16)}${randomBytes(2).toString('hex').slice(0, 3)}`).join(':')}`;

/** Sends the request form, from a page of its own, and waits for the site's answer, with or without JavaScript. */
async function askForLink(page: Page, email: string) {
  await page.goto('/mes-donnees');
  await page.getByRole('textbox', { name: 'Votre adresse e-mail' }).fill(email);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST'),
    page.getByRole('button', { name: 'Recevoir le lien' }).click(),
  ]);
}

/** The "Mes données" links received by an address, oldest first. */
const dataLinks = (mailbox: Mailbox, email: string) =>
  mailbox
    .messagesTo(email)
    .filter((mail) => mail.subject === LINK_SUBJECT)
    .map((mail) => mailbox.link(mail, '/mes-donnees/lien/'));

async function waitForDataLink(mailbox: Mailbox, email: string, count = 1): Promise<string> {
  await expect
    .poll(() => dataLinks(mailbox, email).length, { message: `liens reçus par ${email}` })
    .toBeGreaterThanOrEqual(count);
  return dataLinks(mailbox, email)[count - 1]!;
}

test('link, download and erase: afterwards nothing personal about the address is left in the database file', async ({
  page,
  browser,
  db,
  mailbox,
}) => {
  test.slow();
  const title = `Le port de Kribi ${Date.now().toString(36)}`;
  const article = db.insertArticle({ title, ...quietArticle });
  const awa = { ...newCommenter('Awa'), ip: uniqueIpv6() };
  const bob = newCommenter('Bob');

  await useClientAddress(page.context(), awa.ip);
  await page.goto(`/article/${article.slug}`);
  await new CommentForm(page).post({
    body: 'Le port change la ville.',
    name: awa.name,
    email: awa.email,
    notify: true,
  });
  await expect(page.getByText('Votre commentaire est en attente de modération.')).toBeVisible();
  db.approveCommentsOf(awa.email);
  const [awasComment] = db.commentsOf(awa.email);
  db.insertReply(awasComment!.id, 'Une réponse qui doit rester.');
  db.insertComment({
    articleId: article.id,
    body: 'Le commentaire de Bob.',
    authorName: bob.name,
    authorEmail: bob.email,
    ip: bob.ip,
    status: 'approved',
  });
  const ip = db.commentIpOf(awa.email)!;
  expect(ip).toBe(awa.ip);
  const hash = db.emailHashOf(awa.email);
  expect(db.databaseFileHolds([ip, hash])).toEqual([ip, hash]);

  // From the comment form's link, an address, and the link by e-mail.
  await page.getByRole('link', { name: /^Mes données : voir, télécharger ou effacer/ }).click();
  await expect(page).toHaveURL(/\/mes-donnees$/);
  await askForLink(page, awa.email);
  await expect(page.getByRole('status')).toHaveText(ANSWER);
  const link = await waitForDataLink(mailbox, awa.email);

  // Opening the link uses nothing (a mail scanner); the button does, once.
  const scanner = await browser.newPage();
  await scanner.goto(link);
  await expect(scanner.getByRole('button', { name: 'Ouvrir mes données' })).toBeVisible();
  await page.goto(link);
  await page.getByRole('button', { name: 'Ouvrir mes données' }).click();
  await expect(page).toHaveURL(/\/mes-donnees\/espace$/);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Publié');
  await expect(row).toContainText('Le port change la ville.');
  await expect(page.getByRole('main')).not.toContainText('Le commentaire de Bob.');
  await expect(page.getByText('Vous suivez les réponses à 1 commentaire.')).toBeVisible();
  // The page is nobody's to keep: not the edge's, not a search engine's.
  const again = await page.request.get('/mes-donnees/espace');
  expect(again.headers()['cache-control']).toContain('no-store');
  expect(again.headers()['x-robots-tag']).toContain('noindex');

  // Replayed: the used link opens nothing, in this browser or another.
  await scanner.goto(link);
  await expect(scanner.getByRole('alert').filter({ hasText: /Ce lien n’est pas valide/ })).toBeVisible();
  await expect(scanner.getByRole('button', { name: 'Ouvrir mes données' })).toHaveCount(0);
  await scanner.close();

  // The download: her comment with what was stored with it, and nothing of anyone else.
  const download = await page.request.get('/mes-donnees/telechargement');
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(download.headers()['cache-control']).toContain('no-store');
  const text = await download.text();
  const data = JSON.parse(text) as {
    comments: { body: string; email: string; ip: string; article: { title: string } }[];
    subscription: { commentIds: number[] } | null;
  };
  expect(data.subscription?.commentIds).toEqual([awasComment!.id]);
  expect(data.comments).toEqual([
    expect.objectContaining({
      body: 'Le port change la ville.',
      email: awa.email,
      ip,
      article: expect.objectContaining({ title }),
    }),
  ]);
  for (const other of [bob.email, bob.name, bob.ip, 'Une réponse qui doit rester.', 'Le commentaire de Bob.'])
    expect(text).not.toContain(other);

  // Unsubscribing from everything, from the same page.
  await page.getByRole('button', { name: 'Me désabonner de tout' }).click();
  await expect(page.getByRole('status')).toHaveText(/vous ne recevrez plus aucun e-mail de notre part/);

  // Erasing asks her to mean it; the choice she made comes back with the error next to the box.
  await page.getByLabel('Les supprimer', { exact: false }).check();
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  await expect(page.locator('#effacer-confirmation-erreur')).toHaveText(
    'Cochez cette case pour confirmer l’effacement.',
  );
  await expect(page.getByLabel('Les supprimer', { exact: false })).toBeChecked();
  expect(db.commentsOf(awa.email)).toHaveLength(1);
  await page.getByLabel('Je comprends que l’effacement est définitif.').check();
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  await expect(page).toHaveURL(/\/mes-donnees\?efface=1$/);
  await expect(page.getByRole('status')).toHaveText('Vos données ont été effacées.');

  // Gone, the reply kept under the shell; Bob untouched; the erasure audited with counts only.
  expect(db.commentsOf(awa.email)).toEqual([]);
  expect(db.countComments({ authorEmail: bob.email })).toBe(1);
  await page.goto(`/article/${article.slug}`);
  await expect(page.getByText('Commentaire supprimé par son auteur')).toBeVisible();
  await expect(page.getByText('Une réponse qui doit rester.')).toBeVisible();
  await expect(page.getByText('Le port change la ville.')).toHaveCount(0);
  const audit = db.auditEntries({ action: 'commenter.erase' });
  expect(audit.at(-1)!.details).toEqual({ mode: 'delete', deleted: 0, emptied: 1, anonymised: 0 });
  expect(await outboxTo(awa.email)).toEqual([]);
  expect(db.databaseFileHolds([awa.email, ip, hash, 'Le port change la ville.'])).toEqual([]);

  // The session went with the data.
  await page.goto('/mes-donnees/espace');
  await expect(page.getByRole('alert').filter({ hasText: /Votre accès a expiré/ })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the request form keeps what was typed with its error; anonymising keeps the words without the author', async ({
    page,
    db,
    mailbox,
  }) => {
    const article = db.insertArticle({ title: `La route de Bertoua ${Date.now().toString(36)}`, ...quietArticle });
    const who = newCommenter('Chantal');
    await useClientAddress(page.context(), who.ip);
    db.insertComment({
      articleId: article.id,
      body: 'La route est enfin finie.',
      authorName: who.name,
      authorEmail: who.email,
      ip: who.ip,
      status: 'approved',
    });

    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Mes données' }).click();
    await expect(page).toHaveURL(/\/mes-donnees$/);
    await askForLink(page, 'chantal-sans-arobase');
    const field = page.getByRole('textbox', { name: 'Votre adresse e-mail' });
    await expect(field).toHaveValue('chantal-sans-arobase');
    await expect(field).toHaveAccessibleDescription(/Indiquez une adresse e-mail valide/);
    await askForLink(page, who.email);
    await expect(page.getByRole('status')).toHaveText(ANSWER);

    await page.goto(await waitForDataLink(mailbox, who.email));
    await page.getByRole('button', { name: 'Ouvrir mes données' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'La route est enfin finie.' })).toContainText('Publié');
    await page.getByLabel('Les garder en ligne, signés « Anonyme »').check();
    await page.getByLabel('Je comprends que l’effacement est définitif.').check();
    await page.getByRole('button', { name: 'Effacer mes données' }).click();
    await expect(page.getByRole('status')).toHaveText('Vos données ont été effacées.');

    expect(db.commentsOf(who.email)).toEqual([]);
    expect(db.countComments({ body: 'La route est enfin finie.', authorName: 'Anonyme' })).toBe(1);
    await page.goto(`/article/${article.slug}`);
    await expect(page.locator('li, article').filter({ hasText: 'La route est enfin finie.' }).last()).toContainText(
      'Anonyme',
    );
    expect(db.databaseFileHolds([who.ip, db.emailHashOf(who.email), who.name])).toEqual([]);
  });
});

test('replays: strangers’ addresses, floods, expired, forged and others’ links and sessions get nothing', async ({
  page,
  browser,
  db,
  mailbox,
}) => {
  test.slow();
  const article = db.insertArticle({ title: `Les pluies de Garoua ${Date.now().toString(36)}`, ...quietArticle });
  const known = newCommenter('Dieudonne');
  const other = newCommenter('Esther');
  for (const who of [known, other])
    db.insertComment({
      articleId: article.id,
      body: `L’avis de ${who.name}.`,
      authorName: who.name,
      authorEmail: who.email,
      ip: who.ip,
      status: 'approved',
    });
  await useClientAddress(page.context(), known.ip);

  // A stranger's address gets the very same answer, and nothing is sent to it.
  const stranger = newCommenter('Inconnu').email;
  await askForLink(page, stranger);
  await expect(page.getByRole('status')).toHaveText(ANSWER);
  expect(await outboxTo(stranger)).toEqual([]);

  // Three links an hour to one address; the fourth request gets the same answer and sends nothing.
  for (let n = 0; n < 4; n++) {
    await askForLink(page, known.email);
    await expect(page.getByRole('status')).toHaveText(ANSWER);
  }
  expect((await outboxTo(known.email)).filter((mail) => mail.subject === LINK_SUBJECT)).toHaveLength(3);
  // Only the newest link works: each new one voids the one before.
  const links = await Promise.all([1, 2, 3].map((n) => waitForDataLink(mailbox, known.email, n)));
  await page.goto(links[0]!);
  await expect(page.getByRole('alert').filter({ hasText: /Ce lien n’est pas valide/ })).toBeVisible();

  // Forged links: a well-formed token nobody issued, and garbage.
  for (const token of [randomBytes(32).toString('base64url'), 'abc', '..%2F..%2Fetc'])
    await page
      .goto(`/mes-donnees/lien/${token}`)
      .then(() => expect(page.getByRole('alert').filter({ hasText: /Ce lien n’est pas valide/ })).toBeVisible());

  // An expired link is refused, even by a post of its button already on the page.
  await page.goto(links[2]!);
  db.expireDataAccessOf(known.email);
  await page.getByRole('button', { name: 'Ouvrir mes données' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Ce lien n’est pas valide/ })).toBeVisible();
  await page.goto('/mes-donnees/espace');
  await expect(page.getByRole('alert').filter({ hasText: /Votre accès a expiré/ })).toBeVisible();

  // Ten requests an hour from one client, whatever the addresses: the eleventh, for the other commenter, sends nothing.
  const flooder = await browser.newPage();
  await useClientAddress(flooder.context(), newCommenter('Flot').ip);
  for (let n = 0; n < 10; n++) await askForLink(flooder, newCommenter(`Flot${n}`).email);
  await askForLink(flooder, other.email);
  await expect(flooder.getByRole('status')).toHaveText(ANSWER);
  expect(await outboxTo(other.email)).toEqual([]);
  await flooder.close();

  // Esther's own session shows her comment alone; a forged or stolen-looking cookie opens nothing.
  await askForLink(page, other.email);
  await page.goto(await waitForDataLink(mailbox, other.email));
  await page.getByRole('button', { name: 'Ouvrir mes données' }).click();
  await expect(page.getByRole('main')).toContainText(`L’avis de ${other.name}.`);
  await expect(page.getByRole('main')).not.toContainText(known.name);
  const intruder = await browser.newContext();
  await intruder.addCookies([{ name: 'kq_donnees', value: randomBytes(32).toString('base64url'), url: page.url() }]);
  const intruderPage = await intruder.newPage();
  await intruderPage.goto('/mes-donnees/espace');
  await expect(intruderPage.getByRole('alert').filter({ hasText: /Votre accès a expiré/ })).toBeVisible();
  const refused = await intruderPage.request.get('/mes-donnees/telechargement', { maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  await intruder.close();

  // Her erasure leaves Dieudonné's comment where it was.
  await page.getByLabel('Je comprends que l’effacement est définitif.').check();
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  await expect(page.getByRole('status')).toHaveText('Vos données ont été effacées.');
  expect(db.commentsOf(other.email)).toEqual([]);
  expect(db.commentsOf(known.email)).toHaveLength(1);
});
