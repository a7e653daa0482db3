import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

const phone = { width: 390, height: 844 };

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test.describe('at 390 px', () => {
  test.use({ viewport: phone });

  test('the section menu scrolls sideways, fades out where it goes on, and shows its last section whole', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await shoot(page, testInfo, 'accueil-390');
    const menu = page.locator('header').getByRole('navigation', { name: 'Rubriques' }).getByRole('list');
    const box = await menu.evaluate((list) => ({
      scrolls: list.scrollWidth > list.clientWidth,
      mask: getComputedStyle(list).maskImage,
    }));
    expect(box.scrolls).toBe(true);
    // It was cut mid-word ("Éc…") with nothing to say that more followed.
    expect(box.mask).toContain('linear-gradient');
    const last = menu.getByRole('link').last();
    await last.scrollIntoViewIfNeeded();
    await menu.evaluate((list) => list.scrollTo({ left: list.scrollWidth }));
    const [lastBox, menuBox] = [await last.boundingBox(), await menu.boundingBox()];
    // Clear of the 2.5 rem fade at the right edge.
    expect(lastBox!.x + lastBox!.width).toBeLessThanOrEqual(menuBox!.x + menuBox!.width - 40 + 1);
  });

  test('the moderation queue shows its first comment on the first screen', async ({ page, db }, testInfo) => {
    const article = db.insertArticle({ title: 'Article à modérer sur téléphone', dek: 'Un chapô.' });
    db.insertComment({ articleId: article.id, body: 'Un commentaire qui attend sur un petit écran.' });
    await signIn(page, createStaff('moderator'), '/admin/commentaires');
    await expect(page.getByRole('heading', { level: 1, name: 'Commentaires' })).toBeVisible();
    await shoot(page, testInfo, 'file-de-moderation-390');
    const header = await page.locator('.admin-header').boundingBox();
    expect(header!.height).toBeLessThan(130);
    const first = await page.locator('.queue-item').first().boundingBox();
    expect(first!.y).toBeLessThan(phone.height - 100);
    // Every page of the dashboard is still in the header's menu, a swipe away.
    await expect(
      page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Voir le site' }),
    ).toBeAttached();
  });
});

test('home cards show a small picture where the article has one: two small sizes, lazy, with width and height', async ({
  page,
  db,
}) => {
  const title = `Reportage illustré ${Date.now().toString(36)}`;
  // Due in a moment: the publication clock then refreshes the cached home page.
  const { slug } = db.insertArticle({
    title,
    dek: 'Un chapô.',
    publishedAt: Date.now() + 1_500,
    hero: { src: '/images/heroes/stade.webp', width: 1200, height: 675, alt: 'Un stade' },
  });
  await expect
    .poll(async () => (await (await page.request.get('/')).text()).includes(slug), { timeout: 20_000 })
    .toBe(true);
  await page.goto('/');
  const card = page.locator('.card', { has: page.getByRole('link', { name: title }) }).first();
  const thumb = card.locator('img.card__thumb');
  await expect(thumb).toHaveAttribute('width', '128');
  await expect(thumb).toHaveAttribute('height', '85');
  await expect(thumb).toHaveAttribute('loading', 'lazy');
  await expect(thumb).toHaveAttribute('fetchpriority', 'low');
  await expect(thumb).toHaveAttribute('alt', '');
  const srcset = (await thumb.getAttribute('srcset'))!;
  expect(srcset.split(',').map((candidate) => candidate.trim().split(' ')[1])).toEqual(['1x', '2x']);
  expect(srcset).toContain('w=128');
  expect(srcset).toContain('w=256');
  await thumb.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  // A story without a picture has none, and the lead keeps its large one.
  await expect(page.locator('.card:not(.card--lead) img:not(.card__thumb)')).toHaveCount(0);
});
