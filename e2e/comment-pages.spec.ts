import { expect, test } from './fixtures';

// 30 threads a page (the default setting): the 31st comment is the first of page 2.
const THREADS_PER_PAGE = 30;

test('a later page of comments has its own canonical link, and the comments feed links each comment to its page', async ({
  page,
  request,
  db,
  baseURL,
}) => {
  const article = db.insertArticle({ title: 'Article aux nombreux commentaires', dek: 'Un chapô.' });
  const ids = Array.from({ length: THREADS_PER_PAGE + 1 }, (_, i) =>
    db.insertComment({ articleId: article.id, body: `Commentaire numéro ${i + 1}.`, status: 'approved' }),
  );
  const first = ids[0]!;
  const last = ids.at(-1)!;

  await page.goto(`/article/${article.slug}?cpage=2`);
  await expect(page.locator(`#comment-${last}`)).toBeVisible();
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/article/${article.slug}?cpage=2`,
  );
  // The same page rendered for one reader (here, opening a reply form) names the same canonical address.
  await page.goto(`/article/${article.slug}?cpage=2&repondre=${last}`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/article/${article.slug}?cpage=2`,
  );
  await page.goto(`/article/${article.slug}`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/article/${article.slug}`,
  );

  // The feed used to send every comment to the first page, where the 31st is not shown.
  const feed = await (await request.get(`/article/${article.slug}/commentaires/flux.xml`)).text();
  expect(feed).toContain(`<link>${baseURL}/article/${article.slug}?cpage=2#comment-${last}</link>`);
  expect(feed).toContain(`<link>${baseURL}/article/${article.slug}#comment-${first}</link>`);
  const atom = await (await request.get(`/article/${article.slug}/commentaires/flux/atom.xml`)).text();
  expect(atom).toContain(`href="${baseURL}/article/${article.slug}?cpage=2#comment-${last}"`);

  // Followed, the link shows the comment.
  await page.goto(`/article/${article.slug}?cpage=2#comment-${last}`);
  await expect(page.locator(`#comment-${last}`)).toContainText(`Commentaire numéro ${THREADS_PER_PAGE + 1}.`);
});
