import { expect, test, testDb } from './fixtures';
import {
  createStaff,
  fillSignIn,
  freshAddress,
  signIn,
  alertMessage,
  staffCli,
  setClientAddress,
} from './staff-helpers';

// The limits on guessing (per account and address, per address, per account) are replayed in staff-throttle.spec.ts.

const generic = 'E-mail ou mot de passe incorrect.';

test.describe('signing in', () => {
  test('a wrong password and an unknown e-mail get the same answer, without JavaScript too', async ({ browser }) => {
    const account = createStaff('moderator');
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      await setClientAddress(context, freshAddress());
      const page = await context.newPage();
      await page.goto('/admin/connexion');
      await expect(page.getByRole('heading', { name: 'Connexion à la rédaction' })).toBeVisible();
      await fillSignIn(page, account.email, 'pas le bon mot de passe');
      await expect(alertMessage(page)).toHaveText(generic);
      await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(account.email);
      await expect(page.getByLabel('Mot de passe')).toHaveValue('');
      await fillSignIn(page, `inconnu.${Date.now()}@redaction.example`, 'pas le bon mot de passe');
      await expect(alertMessage(page)).toHaveText(generic);
      await context.close();
    }
    expect(testDb.auditEntries({ action: 'auth.failure', detailsContain: account.email })).toHaveLength(2);
  });

  test('signing in returns to the page asked for; signing out closes the dashboard', async ({ page }) => {
    const account = createStaff('moderator');
    await signIn(page, account, '/admin/commentaires?statut=spam');
    await expect(page).toHaveURL(/\/admin\/commentaires\?statut=spam$/);
    await expect(page.getByRole('link', { name: /^Spam \(/ })).toHaveAttribute('aria-current', 'page');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'kq_session');
    expect(cookie?.httpOnly).toBe(true);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/connexion\?retour=%2Fadmin$/);
  });

  test('a disabled or demoted account loses access on its next request', async ({ page }) => {
    const account = createStaff('admin');
    await signIn(page, account);
    await page.goto('/admin/reglages');
    await expect(page.getByRole('heading', { name: 'Réglages des discussions' })).toBeVisible();

    staffCli('role', ['--email', account.email, '--role', 'moderator']);
    await page.goto('/admin/reglages');
    await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    await page.goto('/admin/commentaires');
    await expect(page.getByRole('heading', { name: 'Commentaires', level: 1 })).toBeVisible();

    staffCli('disable', ['--email', account.email]);
    await page.goto('/admin/commentaires');
    await expect(page).toHaveURL(/\/admin\/connexion/);
    await fillSignIn(page, account.email, account.password);
    await expect(alertMessage(page)).toHaveText(generic);
  });

  test('the password is stored as an argon2id hash, never in clear', async () => {
    const account = createStaff('moderator');
    const hash = testDb.passwordHashOf(account.email);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain(account.password);
  });
});
