import { expect, test, testDb } from './fixtures';

test('a scheduled article asked for before its time goes live at its time, with the home page that lists it', async ({
  request,
}) => {
  const { slug } = testDb.insertArticle({ title: 'Publié à l’heure dite', publishedAt: Date.now() + 3_000 });

  // Asked for before its time: not found, and that answer is what the page cache keeps.
  const early = await request.get(`/article/${slug}`, { maxRedirects: 0 });
  expect(early.status()).not.toBe(200);
  expect(await (await request.get('/')).text()).not.toContain(slug);

  // Its time comes: the address and the home page show it without waiting for their cache to expire.
  await expect
    .poll(async () => (await request.get(`/article/${slug}`, { maxRedirects: 0 })).status(), { timeout: 20_000 })
    .toBe(200);
  await expect.poll(async () => (await (await request.get('/')).text()).includes(slug), { timeout: 5_000 }).toBe(true);
});
