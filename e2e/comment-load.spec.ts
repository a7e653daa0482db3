import { expect, test } from '@playwright/test';
import { postCommentForm, readCommentForm } from './comment-post';
import { openTestDatabase } from './database';

const path = '/article/paiement-mobile-au-marche-mokolo-le-qr-code-gagne-les-etals';

test('500 comments posted at once are each stored exactly once, with no error', async ({ request }) => {
  test.setTimeout(120_000);
  const hidden = readCommentForm(await (await request.get(path)).text());
  expect(hidden.articleId).toBeTruthy();
  const sqlite = openTestDatabase();
  const before = sqlite.prepare('select comment_count from articles where id = ?').get(Number(hidden.articleId)) as {
    comment_count: number;
  };
  await new Promise((resolve) => setTimeout(resolve, 3_200)); // the form's minimum age
  const run = `charge${Date.now()}`;
  const results = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      postCommentForm(
        request,
        path,
        hidden,
        {
          body: `Commentaire ${i} de la série ${run}.`,
          authorName: `Lecteur ${i}`,
          authorEmail: `${run}.${i}@example.com`,
        },
        `203.0.${Math.floor(i / 250)}.${i % 250}`,
      ),
    ),
  );
  expect(results.filter((r) => r.status !== 303).map((r) => r.status)).toEqual([]);
  expect(results.every((r) => /#comment-\d+$/.test(r.location ?? ''))).toBe(true);
  const stored = sqlite
    .prepare('select body, count(*) as n from comments where body like ? group by body')
    .all(`%${run}%`) as { n: number }[];
  expect(stored.length).toBe(500);
  expect(stored.every((row) => row.n === 1)).toBe(true);
  // First comments are held: the public count does not move.
  const after = sqlite.prepare('select comment_count from articles where id = ?').get(Number(hidden.articleId)) as {
    comment_count: number;
  };
  expect(after.comment_count).toBe(before.comment_count);
  sqlite.close();
});

test('an oversized post is refused cleanly and stores nothing', async ({ request, page }) => {
  const hidden = readCommentForm(await (await request.get(path)).text());
  const run = `enorme${Date.now()}`;
  const response = await postCommentForm(
    request,
    path,
    hidden,
    { body: `${run} ${'x'.repeat(1_000_000)}`, authorName: 'Gros envoi', authorEmail: `${run}@example.com` },
    '203.0.9.9',
  );
  expect(response.status).toBe(413);
  expect(response.body).toContain('Votre envoi est trop volumineux.');
  const sqlite = openTestDatabase();
  expect(
    (
      sqlite.prepare('select count(*) as n from comments where author_email = ?').get(`${run}@example.com`) as {
        n: number;
      }
    ).n,
  ).toBe(0);
  sqlite.close();
  // The site keeps serving.
  expect((await page.goto(path))?.status()).toBe(200);
});
