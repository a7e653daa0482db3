import { expect, test, testDb } from './fixtures';

// A section of its own among the specs, so that its first page and feed are not crowded by other articles.
const section = 'societe';

test('a scheduled article asked for before its time goes live at its time, with the home page, its section and its feed', async ({
  request,
}) => {
  const { slug } = testDb.insertArticle({
    title: 'Publié à l’heure dite',
    publishedAt: Date.now() + 3_000,
    sectionSlug: section,
  });
  const listings = ['/', `/rubrique/${section}`, `/rubrique/${section}/flux.xml`];

  // Asked for before its time: not found, and that answer is what the page cache keeps; the lists are
  // cached without it.
  const early = await request.get(`/article/${slug}`, { maxRedirects: 0 });
  expect(early.status()).not.toBe(200);
  for (const path of listings) expect(await (await request.get(path)).text(), path).not.toContain(slug);

  // Its time comes: the address and every list show it without waiting for their cache to expire
  // (60 s for the lists, 5 minutes for the article).
  await expect
    .poll(async () => (await request.get(`/article/${slug}`, { maxRedirects: 0 })).status(), { timeout: 20_000 })
    .toBe(200);
  for (const path of listings)
    await expect
      .poll(async () => (await (await request.get(path)).text()).includes(slug), { message: path, timeout: 5_000 })
      .toBe(true);
});
