import type { Browser } from '@playwright/test';
import { newCommenter } from './comment-helpers';
import { expect, test, testDb } from './fixtures';

/*
 * Replays one person taking down a comment: reports sent without the reader cookie (a script, or a
 * private window each time) used to count as new readers, and three of them hid any comment.
 */

// An article of its own, so that the comments hidden here never move another spec's thread.
const article = '/article/football-scolaire-64-lycees-engages-dans-le-tournoi-de-douala';

function approvedComment(label: string, byStaff = false): number {
  const who = newCommenter(label);
  return testDb.insertComment({
    articleId: testDb.articleId(article.slice('/article/'.length)),
    authorName: who.name,
    authorEmail: who.email,
    body: `Un commentaire de ${who.name}.`,
    status: 'approved',
    byStaff,
  });
}

/** Reports a comment through its form, without JavaScript and without any cookie, from `address`. */
async function reportFrom(browser: Browser, id: number, address: string) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  await page.goto(`${article}?signaler=${id}#comment-${id}`);
  const comment = page.locator(`#comment-${id}`);
  await comment.getByLabel('Motif').selectOption('insulte');
  await comment.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page).toHaveURL(new RegExp(`signale=${id}`));
  await context.close();
}

// Each test reports from addresses of its own: the hourly allowance is per address.
test.describe('reports with JavaScript off', () => {
  // Three or four readers, each a browser of its own.
  test.slow();

  test('three cookieless reports from one address count once: the comment stays', async ({ browser, page }) => {
    const id = approvedComment('UneAdresse');
    for (let i = 0; i < 3; i++) await reportFrom(browser, id, '203.0.113.21');
    expect(testDb.countComments({ id, status: 'approved', reportCount: 1 })).toBe(1);
    await page.goto(`${article}?signale=0`); // rendered for the request, not the cached page
    await expect(page.locator(`#comment-${id}`)).toBeVisible();
  });

  test('reports from three addresses take the comment down', async ({ browser, page }) => {
    const id = approvedComment('TroisAdresses');
    for (const n of [31, 32, 33]) await reportFrom(browser, id, `203.0.113.${n}`);
    expect(testDb.countComments({ id, status: 'pending', heldReason: 'reports' })).toBe(1);
    await page.goto(`${article}?signale=0`);
    await expect(page.locator(`#comment-${id}`)).toHaveCount(0);
  });

  test('a newsroom comment is never taken down by reports', async ({ browser, page }) => {
    const id = approvedComment('Redaction', true);
    for (const n of [41, 42, 43, 44]) await reportFrom(browser, id, `203.0.113.${n}`);
    expect(testDb.countComments({ id, status: 'approved' })).toBe(1);
    await page.goto(`${article}?signale=0`); // rendered for the request, not the cached page
    await expect(page.locator(`#comment-${id}`)).toBeVisible();
  });
});
