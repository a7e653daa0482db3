import { expect, test } from '@playwright/test';
import { seedSlug } from './comment-helpers';
import { alertMessage, createStaff, signIn } from './staff-helpers';

test.use({ javaScriptEnabled: false });

test('an editor adds an old address, which then answers 301 in one hop, and removes it', async ({ page, request }) => {
  const old = `/ancien-site/${Date.now().toString(36)}/`;
  await signIn(page, createStaff('editor'), '/admin/redirections');
  const form = page.getByRole('form', { name: 'Nouvelle redirection' });
  await form.getByLabel('Ancienne adresse').fill(old);
  await form.getByLabel('Nouvelle adresse').fill(`/article/${seedSlug}`);
  await form.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('status')).toHaveText('Redirection enregistrée.');

  const moved = await request.get(old, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toBe(`/article/${seedSlug}`);

  await page.getByRole('searchbox', { name: 'Filtrer' }).fill(old.slice(1, -1));
  await page.getByRole('searchbox', { name: 'Filtrer' }).press('Enter');
  await page.getByRole('button', { name: `Supprimer la redirection ${old.slice(0, -1)}` }).click();
  await expect(page.getByRole('status')).toHaveText('Redirection supprimée.');
  expect((await request.get(old, { maxRedirects: 0 })).status()).toBe(404);
});

test('a target on another host is refused: the site is never an open redirect', async ({ page, request }) => {
  const old = `/piege/${Date.now().toString(36)}`;
  await signIn(page, createStaff('editor'), '/admin/redirections');
  const form = page.getByRole('form', { name: 'Nouvelle redirection' });
  await form.getByLabel('Ancienne adresse').fill(old);
  await form.getByLabel('Nouvelle adresse').fill('//evil.example/');
  await form.getByRole('button', { name: 'Ajouter' }).click();
  await expect(alertMessage(page)).toContainText('chemins de ce site');
  const refused = await request.get(old, { maxRedirects: 0 });
  expect(refused.status()).toBe(404);
  expect(refused.headers().location).toBeUndefined();
});

test('a moderator cannot open the redirects page', async ({ page }) => {
  await signIn(page, createStaff('moderator'), '/admin/redirections');
  await expect(page).toHaveURL(/\/admin\/acces-refuse/);
});
