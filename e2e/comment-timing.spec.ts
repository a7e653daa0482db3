import { expect, test, testDb } from './fixtures';
import { newCommenter, seedSlug, useClientAddress } from './comment-helpers';
import { postCommentForm, readAgedCommentForm } from './comment-post';

/*
 * Replays a bot on the cached page: its token is as old as the page's last render, shared by every
 * reader, so a post sent at once used to pass the "too fast" rule. With JavaScript the form asks for a
 * token of its own when the reader starts writing, and a post right after that is caught.
 */
test('with JavaScript, a post sent right after the reader starts writing is caught as too fast', async ({
  page,
  context,
  commentForm,
}) => {
  const article = `/article/${seedSlug}`;
  const who = newCommenter('Eclair');
  await useClientAddress(context, who.ip);
  await page.goto(article);
  // Older than the 3-second minimum whichever way the page came: the cached page's token would pass.
  await commentForm.age();
  const fresh = page.waitForResponse((response) => response.url().includes('/api/jeton-commentaire'));
  await page.locator('form.comment-form').getByRole('textbox', { name: 'Commentaire', exact: true }).focus();
  expect((await fresh).status()).toBe(200);
  const body = `Envoyé en un éclair par ${who.name}.`;
  await commentForm.fill({ body, name: who.name, email: who.email });
  await page.locator('form.comment-form').getByRole('button', { name: 'Laisser un commentaire' }).click();
  // Answered like a held comment, so a bot learns nothing.
  await commentForm.expectHeld(body);
  expect(testDb.commentsOf(who.email)).toEqual([
    expect.objectContaining({ status: 'spam', heldReason: expect.stringMatching(/^too-fast:/) }),
  ]);
});

test('the token handler answers a fresh, uncached token for a valid article id only', async ({ request }) => {
  const response = await request.get('/api/jeton-commentaire?article=1');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect((await response.json()).token).toMatch(/^1:\d+\./);
  expect((await request.get('/api/jeton-commentaire?article=x')).status()).toBe(400);
});

/*
 * Replays two identical posts sent at once (a double click, a script): both used to read the same
 * history before either was stored, so both passed the duplicate and flood rules.
 */
test('two identical posts sent at once are stored once', async ({ request }) => {
  const path = `/article/${seedSlug}`;
  const hidden = await readAgedCommentForm(await (await request.get(path)).text());
  const who = newCommenter('Double');
  const fields = { body: `Envoyé deux fois par ${who.name}.`, authorName: who.name, authorEmail: who.email };
  const answers = await Promise.all([
    postCommentForm(request, path, hidden, fields, who.ip),
    postCommentForm(request, path, hidden, fields, who.ip),
  ]);
  expect(testDb.commentsOf(who.email)).toHaveLength(1);
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 303]);
  expect(answers.find((answer) => answer.status === 200)?.body).toContain('Commentaire en double');
});
