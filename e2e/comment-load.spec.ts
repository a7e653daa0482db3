import { postCommentForm, readAgedCommentForm, readCommentForm } from './comment-post';
import { expect, test } from './fixtures';

const path = '/article/paiement-mobile-au-marche-mokolo-le-qr-code-gagne-les-etals';

test('500 comments posted at once are each stored exactly once, with no error', async ({ request, db }) => {
  test.setTimeout(120_000);
  const hidden = await readAgedCommentForm(await (await request.get(path)).text());
  expect(hidden.articleId).toBeTruthy();
  const before = db.articleCommentCount(Number(hidden.articleId));
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
  expect(db.countBodiesContaining(run)).toEqual({ bodies: 500, allOnce: true });
  // First comments are held: the public count does not move.
  expect(db.articleCommentCount(Number(hidden.articleId))).toBe(before);
});

test('an oversized post is refused cleanly and stores nothing', async ({ request, page, db }) => {
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
  expect(db.countComments({ authorEmail: `${run}@example.com` })).toBe(0);
  // The site keeps serving.
  expect((await page.goto(path))?.status()).toBe(200);
});
