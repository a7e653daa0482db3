import { expect, test, type Browser } from '@playwright/test';
import { countComments, newCommenter } from './comment-helpers';
import { openTestDatabase } from './database';

/*
 * Replays one person taking down a comment: reports sent without the reader cookie (a script, or a
 * private window each time) used to count as new readers, and three of them hid any comment.
 */

// An article of its own, so that the comments hidden here never move another spec's thread.
const article = '/article/football-scolaire-64-lycees-engages-dans-le-tournoi-de-douala';

function approvedComment(label: string, staff = false): number {
  const who = newCommenter(label);
  const sqlite = openTestDatabase();
  try {
    const { id: articleId } = sqlite
      .prepare('select id from articles where slug = ?')
      .get(article.slice('/article/'.length)) as { id: number };
    const staffId = staff ? (sqlite.prepare('select min(id) as id from users').get() as { id: number }).id : null;
    return (
      sqlite
        .prepare(
          "insert into comments (article_id, author_name, author_email, author_email_hash, body, status, staff_user_id) values (?, ?, ?, 'x', ?, 'approved', ?) returning id",
        )
        .get(articleId, who.name, who.email, `Un commentaire de ${who.name}.`, staffId) as { id: number }
    ).id;
  } finally {
    sqlite.close();
  }
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
    expect(countComments("id = ? and status = 'approved' and report_count = 1", id)).toBe(1);
    await page.goto(`${article}?signale=0`); // rendered for the request, not the cached page
    await expect(page.locator(`#comment-${id}`)).toBeVisible();
  });

  test('reports from three addresses take the comment down', async ({ browser, page }) => {
    const id = approvedComment('TroisAdresses');
    for (const n of [31, 32, 33]) await reportFrom(browser, id, `203.0.113.${n}`);
    expect(countComments("id = ? and status = 'pending' and held_reason = 'reports'", id)).toBe(1);
    await page.goto(`${article}?signale=0`);
    await expect(page.locator(`#comment-${id}`)).toHaveCount(0);
  });

  test('a newsroom comment is never taken down by reports', async ({ browser, page }) => {
    const id = approvedComment('Redaction', true);
    for (const n of [41, 42, 43, 44]) await reportFrom(browser, id, `203.0.113.${n}`);
    expect(countComments("id = ? and status = 'approved'", id)).toBe(1);
    await page.goto(`${article}?signale=0`); // rendered for the request, not the cached page
    await expect(page.locator(`#comment-${id}`)).toBeVisible();
  });
});
