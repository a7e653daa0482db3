import { type Browser } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import { createStaff, setClientAddress, signIn, staffCli, type StaffAccount } from './staff-helpers';

/*
 * Signing out ends the session on the server (staff_sessions): a copied cookie, another browser signed
 * out from elsewhere, a session idle for two hours, a changed password all lead back to the sign-in page.
 */

const signInPage = /\/admin\/connexion\?retour=/;

async function signedInContext(browser: Browser, member: StaffAccount) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member);
  return { context, page };
}

const sessionsOf = (member: StaffAccount) => testDb.staffSessionsOf(member.email);

test.describe('staff sessions', () => {
  let member: StaffAccount;
  test.beforeEach(() => {
    member = createStaff('admin', 'session');
  });

  test('a session cookie copied before signing out opens nothing after', async ({ browser, page }) => {
    await signIn(page, member);
    const copied = (await page.context().cookies()).filter((cookie) => cookie.name === 'kq_session');
    expect(copied).toHaveLength(1);
    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
    expect(sessionsOf(member)).toHaveLength(0);

    const thief = await browser.newContext();
    await setClientAddress(thief, '203.0.113.7');
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/admin/reglages');
    await expect(stolen).toHaveURL(signInPage);
    await thief.close();
    expect(testDb.auditEntries({ action: 'auth.signout', byEmail: member.email })).toHaveLength(1);
  });

  test('next-auth’s own sign-out endpoint ends the session on the server too', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': member.ip },
    });
    const csrf = async () => ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    await request.post('/api/auth/callback/credentials', {
      form: { csrfToken: await csrf(), email: member.email, password: member.password },
      maxRedirects: 0,
    });
    expect((await request.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
    const copied = await request.storageState();
    await request.post('/api/auth/signout', { form: { csrfToken: await csrf() }, maxRedirects: 0 });
    expect(sessionsOf(member)).toHaveLength(0);

    const thief = await playwright.request.newContext({ baseURL, storageState: copied });
    expect((await thief.get('/admin', { maxRedirects: 0 })).headers()['location']).toMatch(signInPage);
    await thief.dispose();
    await request.dispose();
  });

  test('signing out everywhere from one browser ends the session in another', async ({ browser }) => {
    const office = await signedInContext(browser, member);
    const phone = await signedInContext(browser, member);
    expect(sessionsOf(member)).toHaveLength(2);

    await office.page.getByRole('link', { name: new RegExp(member.name) }).click();
    await expect(office.page.getByRole('heading', { name: 'Mon compte' })).toBeVisible();
    await expect(office.page.getByText('2 sessions ouvertes, celle-ci comprise.')).toBeVisible();
    await office.page.getByRole('button', { name: 'Se déconnecter partout' }).click();
    await expect(office.page.getByText('Vous êtes déconnecté.')).toBeVisible();

    await phone.page.goto('/admin/reglages');
    await expect(phone.page).toHaveURL(signInPage);
    expect(sessionsOf(member)).toHaveLength(0);
    const [audit] = testDb.auditEntries({ action: 'auth.signout.everywhere', byEmail: member.email });
    expect(audit.details).toEqual({ sessions: 2 });
    await office.context.close();
    await phone.context.close();
  });

  test('a session ends after two hours without a request, and last-seen moves at most once a minute', async ({
    page,
  }) => {
    await signIn(page, member);
    const [session] = sessionsOf(member);

    // Ninety minutes without a request: still open, and this request counts as activity.
    const ninetyMinutesAgo = Date.now() - 90 * 60_000;
    testDb.setSessionLastSeen(session.id, ninetyMinutesAgo);
    await page.goto('/admin/reglages');
    await expect(page.getByRole('heading', { name: 'Réglages des discussions' })).toBeVisible();
    const touched = sessionsOf(member)[0].lastSeenAt;
    expect(touched).toBeGreaterThan(ninetyMinutesAgo + 60 * 60_000);
    // Within the minute, the next request writes nothing.
    await page.goto('/admin');
    expect(sessionsOf(member)[0].lastSeenAt).toBe(touched);

    testDb.setSessionLastSeen(session.id, Date.now() - 121 * 60_000);
    await page.goto('/admin/reglages');
    await expect(page).toHaveURL(signInPage);
    expect(sessionsOf(member)).toHaveLength(0);
  });

  test('a new password or a disabled account ends every session, even once re-enabled', async ({ browser }) => {
    // Three runs of the command-line tool, each a Node start.
    test.slow();
    const first = await signedInContext(browser, member);
    staffCli('password', ['--email', member.email, '--password', `${member.password} neuf`]);
    await first.page.goto('/admin');
    await expect(first.page).toHaveURL(signInPage);
    await first.context.close();

    const second = await signedInContext(browser, { ...member, password: `${member.password} neuf` });
    staffCli('disable', ['--email', member.email]);
    staffCli('enable', ['--email', member.email]);
    await second.page.goto('/admin');
    await expect(second.page).toHaveURL(signInPage);
    await second.context.close();
  });
});
