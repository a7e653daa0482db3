import { expect, test } from '@playwright/test';
import { openTestDatabase } from './database';

test('a scheduled article asked for before its time goes live at its time, with the home page that lists it', async ({
  request,
}) => {
  const slug = `programme-a-l-heure-${Date.now()}`;
  const sqlite = openTestDatabase();
  const { section_id, author_id } = sqlite.prepare('select section_id, author_id from articles limit 1').get() as {
    section_id: number;
    author_id: number;
  };
  sqlite
    .prepare(
      "insert into articles (slug, title, body_markdown, body_html, status, published_at, section_id, author_id) values (?, 'Publié à l’heure dite', 'Texte.', '<p>Texte.</p>', 'published', ?, ?, ?)",
    )
    .run(slug, Date.now() + 3_000, section_id, author_id);
  sqlite.close();

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
