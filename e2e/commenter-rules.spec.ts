import { testDb } from './fixtures';
import { expect, test, type Browser } from '@playwright/test';
import { fillComment, newCommenter, openArticle, seedSlug, submitComment } from './comment-helpers';
import { createStaff, querySql, setClientAddress, signIn } from './staff-helpers';

const article = `/article/${seedSlug}`;

async function postAs(browser: Browser, who: { name: string; email: string; ip: string }, body: string) {
  const context = await browser.newContext();
  await setClientAddress(context, who.ip);
  const page = await context.newPage();
  await openArticle(page, article);
  await fillComment(page, { body, name: who.name, email: who.email });
  await submitComment(page);
  await page.waitForURL(/#comment-\d+$/);
  const visible = await page.locator('#commentaires').getByText(body).isVisible();
  await context.close();
  return visible;
}

// The policy refuses a second comment within 15 seconds (flood): the first one is moved back in time, as if the commenter had waited.
const waitAsACommenterWould = (email: string) => testDb.backdateCommentsOf(email, 60);

const stored = (body: string) =>
  querySql<{ status: string; held_reason: string }>('select status, held_reason from comments where body = ?', body)[0];

test.describe('trusting and blocking, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Toujours approuver": the next comment of that e-mail is published at once', async ({ page, browser }) => {
    // Two comments posted at a person's pace (3 s from when the writing starts, see comment-helpers.ts).
    test.slow();
    const who = newCommenter('Fidele');
    await postAs(browser, who, `Premier avis de ${who.name}`);
    expect(stored(`Premier avis de ${who.name}`)).toEqual({ status: 'pending', held_reason: 'first-comment' });

    await signIn(page, createStaff('moderator'), `/admin/commentaires?q=${encodeURIComponent(who.email)}`);
    await page.getByRole('article', { name: who.name }).getByRole('link', { name: 'Le commentateur' }).click();
    await expect(page.getByRole('heading', { name: `Commentateur : ${who.name}` })).toBeVisible();
    await expect(page.getByText(`E-mail : ${who.email}`)).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('1');
    await expect(page.getByRole('row', { name: /Premier avis/ })).toContainText('en attente');
    await page.getByRole('button', { name: 'Toujours approuver' }).click();
    await expect(page.getByRole('status')).toHaveText('Ce commentateur sera toujours approuvé.');
    await expect(page.getByText('Toujours approuvé (e-mail)')).toBeVisible();

    waitAsACommenterWould(who.email);
    expect(await postAs(browser, who, `Deuxième avis de ${who.name}`)).toBe(true);
    expect(stored(`Deuxième avis de ${who.name}`)).toEqual({ status: 'approved', held_reason: 'trusted-commenter' });
  });

  test('"Bloquer" by e-mail or by address: the next comment is spam, answered like a held one', async ({
    page,
    browser,
  }) => {
    // Four comments posted at a person's pace (3 s each) and two blocks.
    test.slow();
    const byEmail = newCommenter('Bloque');
    const byAddress = newCommenter('Voisin');
    await postAs(browser, byEmail, `Avis de ${byEmail.name}`);
    await postAs(browser, byAddress, `Avis de ${byAddress.name}`);
    await signIn(page, createStaff('moderator'));

    const block = async (who: { name: string; email: string }, on: RegExp, duration: string) => {
      await page.goto(`/admin/commentaires?q=${encodeURIComponent(who.email)}`);
      await page.getByRole('article', { name: who.name }).getByRole('link', { name: 'Le commentateur' }).click();
      await page.getByRole('radio', { name: on }).check();
      await page.getByLabel('Durée').selectOption({ label: duration });
      await page.getByRole('button', { name: 'Bloquer' }).click();
      await expect(page.getByRole('status')).toHaveText('Ce commentateur est bloqué.');
    };
    await block(byEmail, /son e-mail/, '24 heures');
    await expect(page.getByText(/^Bloqué \(e-mail\) jusqu’au /)).toBeVisible();
    await block(byAddress, /son adresse IP/, 'Sans limite');
    await expect(page.getByText(/^Bloqué \(adresse IP\)/)).toBeVisible();

    waitAsACommenterWould(byEmail.email);
    expect(await postAs(browser, byEmail, `Encore ${byEmail.name}`)).toBe(true);
    expect(stored(`Encore ${byEmail.name}`)).toEqual({ status: 'spam', held_reason: 'blocked-commenter' });
    // Another e-mail from the blocked address.
    waitAsACommenterWould(byAddress.email);
    const sameAddress = { ...newCommenter('Autre'), ip: byAddress.ip };
    expect(await postAs(browser, sameAddress, `Nouvel avis de ${sameAddress.name}`)).toBe(true);
    expect(stored(`Nouvel avis de ${sameAddress.name}`)).toEqual({ status: 'spam', held_reason: 'blocked-commenter' });

    expect(
      querySql<{ action: string }>(
        "select action from audit_log where action like 'commenter.%' and user_id = (select max(id) from users)",
      ).map((row) => row.action),
    ).toEqual(['commenter.block', 'commenter.block']);
  });
});
