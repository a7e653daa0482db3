import { formTokenRenderedEarlier, postCommentForm, readCommentForm } from './comment-post';
import { newCommenter } from './comment-helpers';
import { expect, quietArticle, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

/*
 * When a story blows up: more than surgeComments comments in 10 minutes on one article hold its new
 * comments ("Afflux de commentaires") for an hour; the dashboard shows it, staff extend or end it, and it
 * ends by itself. The run's threshold is set out of the other specs' reach (e2e/global-setup.ts); this
 * spec reaches it on an article of its own. Comments are posted as a browser without JavaScript posts them.
 */

test('the pile-up rule holds new comments, staff extend and end it, and it ends by itself', async ({
  page,
  request,
}) => {
  test.slow();
  const title = `Afflux ${Date.now()}`;
  const { id: articleId, slug } = testDb.insertArticle({ title, ...quietArticle });
  const path = `/article/${slug}`;
  const hidden = readCommentForm(await (await request.get(path)).text());
  const post = async (label: string) => {
    const who = newCommenter(label);
    const body = `Avis ${who.name}.`;
    const token = await formTokenRenderedEarlier(articleId);
    await postCommentForm(
      request,
      path,
      { ...hidden, token },
      { body, authorName: who.name, authorEmail: who.email },
      who.ip,
    );
    return body;
  };

  const threshold = testDb.numberSetting('surgeComments') ?? 30;
  testDb.insertRecentComments(articleId, threshold);
  const first = await post('Afflux');
  expect(testDb.countComments({ bodyContains: first, status: 'pending', heldReason: 'surge' })).toBe(1);
  const second = await post('Afflux');
  expect(testDb.countComments({ bodyContains: second, heldReason: 'surge' })).toBe(1);

  await signIn(page, createStaff('moderator'), '/admin');
  // This article's line of the banner (other specs' surges may be on too).
  const banner = page
    .getByRole('region', { name: 'Afflux de commentaires' })
    .getByRole('listitem')
    .filter({ hasText: `« ${title} »` });
  await expect(banner).toContainText('les nouveaux sont retenus pour modération');
  await banner.getByRole('button', { name: 'Prolonger de 60 minutes' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Lever la retenue maintenant' }).click();
  await expect(banner).toHaveCount(0);
  expect(testDb.surgeActionsOn(articleId)).toEqual([
    { action: 'surge.start', byStaff: false },
    { action: 'surge.extend', byStaff: true },
    { action: 'surge.end', byStaff: true },
  ]);
  // Ended: the next comment is judged as usual (a first comment, held for that reason only).
  const after = await post('Apres');
  expect(testDb.countComments({ bodyContains: after, heldReason: 'first-comment' })).toBe(1);

  // A new afflux, left to end by itself: its time is moved past, not waited for.
  testDb.insertRecentComments(articleId, threshold + 1);
  expect(testDb.countComments({ bodyContains: await post('Afflux'), heldReason: 'surge' })).toBe(1);
  testDb.expireSurgesOf(articleId);
  expect(testDb.countComments({ bodyContains: await post('Fin'), heldReason: 'first-comment' })).toBe(1);
  await page.reload();
  await expect(banner).toHaveCount(0);
});
