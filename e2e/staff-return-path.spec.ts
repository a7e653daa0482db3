import { expect, test, type Page } from '@playwright/test';
import { hostileReturnPaths } from '../lib/return-path-hostile';
import { createStaff, fillSignIn, setClientAddress, type StaffAccount } from './staff-helpers';

/*
 * A return address must never lead away from the dashboard (lib/return-path.ts): after signing in with
 * any of these in `retour` (in the address, or forged into the form's hidden field), in next-auth's
 * callbackUrl, with JavaScript on or off, the browser ends on this site's /admin.
 */

const sample = [
  '/admin/..//evil.example',
  '/admin/.%2e//evil.example',
  '/admin/%2e./%2fevil.example',
  '/admin/%252e%252e//evil.example',
  '//evil.example',
  '/\\evil.example',
  '/admin/\\\\evil.example',
  'https://evil.example/admin',
  'javascript:alert(1)',
  '/admin／／evil.example',
  '/admin/\u0000evil',
  '/admin\r\nLocation: http://evil.example',
];

test('the sample is taken from the unit-tested table', () => {
  for (const value of sample) expect(hostileReturnPaths).toContain(value);
});

let member: StaffAccount;
test.beforeAll(() => {
  member = createStaff('moderator', 'retour');
});

/** Signs in from the sign-in page as it is (or with `value` forged into its hidden `retour` field): the dashboard, always. */
async function signInThere(page: Page, baseURL: string | undefined, value: string, forged = false) {
  if (forged)
    await page.locator('input[name="retour"]').evaluate((input: HTMLInputElement, raw) => {
      input.value = raw;
    }, value);
  await fillSignIn(page, member.email, member.password);
  await expect(page, value).toHaveURL(`${baseURL}/admin`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    // Each test signs in once per sampled value.
    test.slow();
    test('a hostile retour in the address ends on the dashboard', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      await setClientAddress(context, member.ip);
      const page = await context.newPage();
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(`${baseURL}/`)) elsewhere.push(request.url());
      });
      for (const value of sample) {
        const answer = await page.goto(`/admin/connexion?retour=${encodeURIComponent(value)}`);
        expect(answer?.status(), value).toBe(200);
        await expect(page.locator('input[name="retour"]')).toHaveValue('/admin');
        await signInThere(page, baseURL, value);
        await context.clearCookies();
      }
      expect(elsewhere).toEqual([]);
      await context.close();
    });

    test('a hostile retour forged into the form ends on the dashboard, and a NUL is no error', async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      await setClientAddress(context, member.ip);
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 500) failed.push(`${response.status()} ${response.url()}`);
      });
      for (const value of sample) {
        await page.goto('/admin/connexion');
        await signInThere(page, baseURL, value, true);
        await context.clearCookies();
      }
      expect(failed).toEqual([]);
      await context.close();
    });
  });
}

test('next-auth’s own endpoint sends a hostile callbackUrl to the dashboard', async ({ playwright, baseURL }) => {
  for (const callbackUrl of sample) {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': member.ip },
    });
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const answer = await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: member.email, password: member.password, callbackUrl },
      maxRedirects: 0,
    });
    expect(answer.status(), callbackUrl).toBe(302);
    expect(answer.headers()['location'], callbackUrl).toBe(`${baseURL}/admin`);
    // The session it opened is a real one (a staff_sessions row the guard finds).
    expect((await request.get('/admin', { maxRedirects: 0 })).status()).toBe(200);
    await request.dispose();
  }
});
