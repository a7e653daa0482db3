import type { BrowserContext, Page } from '@playwright/test';
import { newCommenter } from './comment-helpers';
import { CommentForm } from './pages/comment-form';
import { expect, quietArticle, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

/*
 * Personal data kept only as long as the settings say: the server's retention job (a tick a second in
 * this run) erases a commenter's IP address once its comment is older than the period. The clock is
 * moved, not waited for: the comment's time is set back past the period.
 */

async function postFrom(page: Page, context: BrowserContext, path: string, label: string) {
  const who = newCommenter(label);
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': who.ip });
  await page.goto(path);
  await new CommentForm(page).post({ body: `Avis de ${who.name}.`, name: who.name, email: who.email });
  await expect(page).toHaveURL(/#comment-\d+$/);
  return { id: Number(page.url().split('#comment-')[1]), who };
}

test.describe.configure({ mode: 'serial' });

test('a commenter’s IP address is erased 30 days after the comment, a recent one kept', async ({
  page,
  context,
  browser,
}) => {
  const { slug } = testDb.insertArticle({ title: 'Article de la conservation', ...quietArticle });
  const old = await postFrom(page, context, `/article/${slug}`, 'Ancien');
  const other = await browser.newContext();
  const recent = await postFrom(await other.newPage(), other, `/article/${slug}`, 'Recent');
  await other.close();
  expect(testDb.commentById(old.id)?.ip).toBe(old.who.ip);

  testDb.backdateComment(old.id, 31 * 86_400);
  await expect.poll(() => testDb.commentById(old.id)?.ip, { timeout: 15_000 }).toBeNull();
  expect(testDb.commentById(old.id)?.body).toBe(`Avis de ${old.who.name}.`);
  expect(testDb.commentById(recent.id)?.ip).toBe(recent.who.ip);
});

test('"Données personnelles", linked from the footer, says what the settings apply', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Données personnelles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Données personnelles' })).toBeVisible();
  const addresses = page.getByRole('row', { name: /Adresse IP et navigateur/ });
  await expect(addresses).toContainText('30 jours après le commentaire, puis effacées');
  await expect(page.getByRole('row', { name: /spam ou mis à la corbeille/ })).toContainText('30 jours après l’envoi');

  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, createStaff('admin'), '/admin/reglages');
  const field = admin.getByLabel('Effacer les adresses IP et navigateurs des commentateurs après (jours)');
  await field.fill('45');
  await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(admin.getByText('Réglages enregistrés.')).toBeVisible();
  await page.reload();
  await expect(addresses).toContainText('45 jours après le commentaire, puis effacées');
  // Sent mail names its recipient: it goes after the same period.
  await expect(page.getByRole('row', { name: /E-mails envoyés/ })).toContainText(
    '45 jours après l’envoi, puis supprimés',
  );
  await field.fill('30');
  await admin.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(admin.getByText('Réglages enregistrés.')).toBeVisible();
  await staff.close();
});
