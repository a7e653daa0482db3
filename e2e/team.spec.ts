import type { Page } from '@playwright/test';
import { expect, outboxTo, test } from './fixtures';
import { createStaff, formFields, freshAddress, setClientAddress, signIn } from './staff-helpers';
import { fillNewPassword, invite, joinThroughLink, openMember, writeBio } from './team-helpers';

/*
 * The team runs itself from the dashboard: an admin invites, a member sets a password through a
 * single-use link and keeps their own profile, a disabled account is out at once, and a forgotten
 * password gets a link by e-mail, with one answer for every address.
 */

// Each test drives two or three browsers through several pages: more than 30 s when the shared machine is loaded.
test.describe.configure({ timeout: 60_000 });

const unique = () => `${Date.now().toString(36)}${process.pid}${Math.random().toString(36).slice(2, 6)}`;
const answer = 'Si cette adresse correspond à un compte actif, un lien vient de lui être envoyé.';

test('an admin invites an editor, who signs in through the link and writes the bio their author page shows', async ({
  browser,
  page,
  db,
  mailbox,
}) => {
  await signIn(page, createStaff('admin', 'chef'), '/admin');
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Équipe' }).click();
  const email = `invitee.${unique()}@redaction.example`;
  const link = await invite(page, { name: 'Nadia Invitée', email, role: 'éditeur' });
  // The database keeps a keyed hash of the token, never the token.
  expect(db.linkTokenStoredInClear(link.split('/').pop()!)).toBe(false);
  await page.goto('/admin/equipe');
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('invitation en attente');
  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toBe('Invitation à rejoindre la rédaction de Kiosque');
  expect(mailbox.link(mail, '/admin/lien/')).toBe(link);

  const name = `Nadia Ngo ${unique()}`;
  const newcomer = await joinThroughLink(browser, link, name, 'une phrase de passe assez longue');
  await expect(newcomer.getByText('Votre mot de passe est enregistré : vous êtes connecté.')).toBeVisible();
  await expect(newcomer.getByRole('link', { name: `${name} (éditeur)` })).toBeVisible();
  await writeBio(newcomer, name, `Journaliste économique, ${unique()}.`);

  // The link served once.
  await newcomer.goto(link);
  await expect(newcomer.getByRole('heading', { name: 'Lien invalide' })).toBeVisible();
  await newcomer.context().close();

  await page.goto('/admin/equipe');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('actif');
  await expect(row).not.toContainText('jamais');
  expect(db.auditCount('team.invite', email)).toBe(1);
  expect(db.auditCount('team.invite.accept', email)).toBe(1);
});

test('without JavaScript the link’s form names what to fix, keeps the name, and a replayed post sets nothing', async ({
  browser,
  page,
}) => {
  await signIn(page, createStaff('admin', 'chef'), '/admin');
  const email = `sansjs.${unique()}@redaction.example`;
  const link = await invite(page, { name: 'Paul Sans Script', email, role: 'modérateur' });

  const context = await browser.newContext({ javaScriptEnabled: false });
  await setClientAddress(context, freshAddress());
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await newcomer.getByRole('textbox', { name: 'Nom affiché' }).fill('Paul Mbarga');
  await fillNewPassword(newcomer, 'une phrase de passe assez longue', 'une autre phrase de passe');
  await newcomer.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
  await expect(newcomer.getByText('Les deux mots de passe diffèrent.')).toBeVisible();
  await expect(newcomer.locator('#lien-confirmation')).toHaveAttribute('aria-invalid', 'true');
  await expect(newcomer.getByRole('textbox', { name: 'Nom affiché' })).toHaveValue('Paul Mbarga');

  await fillNewPassword(newcomer, 'une phrase de passe assez longue');
  const fields = await newcomer.locator('form.admin-form').evaluate((form: HTMLFormElement) => {
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value;
    return values;
  });
  await newcomer.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
  await expect(newcomer).toHaveURL(/\/admin\/compte\?bienvenue/);

  // The same post again (a replay, a second tab): the link is used, the password stays the first one.
  const replay = await context.request.post(new URL(link).pathname, {
    multipart: { ...fields, password: 'un mot de passe de voleur', confirm: 'un mot de passe de voleur' },
  });
  expect(await replay.text()).toContain('Ce lien a déjà servi, a expiré ou n’existe pas.');
  await context.close();
  const again = await browser.newContext();
  const check = await again.newPage();
  await signIn(check, {
    email,
    password: 'une phrase de passe assez longue',
    name: 'Paul Mbarga',
    role: 'moderator',
    ip: freshAddress(),
  });
  await again.close();
});

test('a disabled account is signed out at once, and an editor’s forged post to the team actions changes nothing', async ({
  browser,
  page,
  db,
}) => {
  const editor = createStaff('editor', 'redacteur');
  const elsewhere = await browser.newContext();
  const editorPage = await elsewhere.newPage();
  await signIn(editorPage, editor, '/admin');

  await signIn(page, createStaff('admin', 'chef'), '/admin');
  await openMember(page, editor.name);
  const roleForm = await page
    .locator('form', { has: page.getByRole('button', { name: 'Changer le rôle' }) })
    .evaluate((form: HTMLFormElement) => Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)])));
  // The editor replays the admin's form, making themselves admin: refused by the guard.
  const forged = await elsewhere.request.post(page.url().replace(/\?.*$/, ''), {
    multipart: { ...roleForm, role: 'admin' },
    maxRedirects: 0,
  });
  expect(forged.ok()).toBe(false);
  expect(db.accountState(editor.email).role).toBe('editor');

  await page.getByRole('button', { name: 'Désactiver le compte' }).click();
  await expect(page.getByRole('status')).toHaveText('Compte désactivé : ses sessions sont fermées.');
  expect(db.accountState(editor.email).disabled).toBe(true);
  expect(db.auditCount('team.disable', editor.email)).toBe(1);

  await editorPage.goto('/admin/articles');
  await expect(editorPage).toHaveURL(/\/admin\/connexion\?retour=/);

  await page.getByRole('button', { name: 'Réactiver le compte' }).click();
  await expect(page.getByRole('status')).toHaveText('Compte réactivé.');
  await signIn(editorPage, editor, '/admin');
  await elsewhere.close();
});

async function askForLink(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().includes('/admin/connexion/oubli'),
  );
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await answered;
  await expect(page.getByRole('status')).toContainText(answer);
  // React empties the form once the action has answered: the next address is typed after that, or it is lost.
  await expect(page.getByLabel('E-mail')).toHaveValue('');
}

test('"Mot de passe oublié" answers the same for any address, e-mails a link that works once, and is limited per address', async ({
  page,
  browser,
  mailbox,
}) => {
  const member = createStaff('moderator', 'oublieux');
  await setClientAddress(page.context(), freshAddress());
  await page.goto('/admin/connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  // The sign-in page has an "E-mail" field too: the address is typed once the page has changed.
  await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
  await askForLink(page, `personne.${unique()}@redaction.example`);
  const unknownAnswer = await page.getByRole('status').textContent();
  await askForLink(page, member.email);
  expect(await page.getByRole('status').textContent()).toBe(unknownAnswer);

  const mail = await mailbox.waitFor(member.email);
  expect(mail.subject).toBe('Nouveau mot de passe pour Kiosque');
  expect(mail.text).toContain('valable une heure');
  const context = await browser.newContext();
  await setClientAddress(context, freshAddress());
  const reset = await context.newPage();
  await reset.goto(mailbox.link(mail, '/admin/lien/'));
  await expect(reset.getByRole('heading', { name: 'Choisir un nouveau mot de passe' })).toBeVisible();
  await fillNewPassword(reset, 'ma nouvelle phrase de passe');
  await reset.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
  await expect(reset).toHaveURL(/\/admin\/compte\?bienvenue/);
  await context.close();

  // Three requests an hour for one address; the fourth gets the same answer and sends nothing.
  await askForLink(page, member.email);
  await askForLink(page, member.email);
  await askForLink(page, member.email);
  expect(await outboxTo(member.email)).toHaveLength(3);
});

test('"Mot de passe oublié" is limited per client: past ten requests from one address, nothing more is sent', async ({
  page,
}) => {
  const member = createStaff('moderator', 'cible');
  await setClientAddress(page.context(), freshAddress());
  await page.goto('/admin/connexion/oubli');
  for (let i = 0; i < 10; i++) await askForLink(page, `essai${i}.${unique()}@redaction.example`);
  await askForLink(page, member.email);
  expect(await outboxTo(member.email)).toHaveLength(0);
});

test('an editor edits a byline without an account; a member’s own profile is out of their reach', async ({
  browser,
  page,
  db,
}) => {
  await signIn(page, createStaff('editor', 'chef'), '/admin');
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Signatures' }).click();
  // The dashboard's own lists are links too: the click is taken once the bylines are on screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Signatures' })).toBeVisible();
  await page
    .getByRole('link', { name: /^Modifier / })
    .first()
    .click();
  const bio = `Plume invitée, ${unique()}.`;
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Profil' }) });
  await form.getByLabel('Biographie').fill(bio);
  await form.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(form.getByRole('status')).toHaveText('Profil enregistré.');

  // The same form sent for a member's id (a forged post, as the server renders it for a browser without
  // JavaScript): refused, the member's profile unchanged.
  const member = createStaff('moderator', 'membre');
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plainPage = await plain.newPage();
  await plainPage.goto(page.url());
  const fields = await formFields(plainPage, 'form:has(#profil-bio)');
  const forged = await plainPage.request.post(page.url(), {
    multipart: { ...fields, id: String(db.profileOf(member.email).id), bio: 'Réécrite par un tiers.' },
  });
  expect(await forged.text()).toContain('Choix invalide.');
  await plain.close();
  expect(db.profileOf(member.email)).toMatchObject({ name: member.name, bio: '' });

  await page.getByRole('link', { name: 'Voir la page d’auteur' }).click();
  await expect(page.getByText(bio)).toBeVisible();
  await page.goto('/admin/signatures');
  await expect(page.getByRole('link', { name: `Modifier ${member.name}` })).toHaveCount(0);
  expect(db.accountState(member.email).role).toBe('moderator');
});
