import { expect, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

test('the queue by keyboard: j/k move, a approves, s marks spam, u undoes, r replies, ? shows the keys', async ({
  page,
}) => {
  const marker = `clavier${Date.now().toString(36)}`;
  // Newest first: the last inserted is the first row.
  const [third, second, first] = [3, 2, 1].map((n) =>
    testDb.insertComment({ body: `Avis ${n} ${marker}`, authorName: `Lecteur ${n} ${marker}` }),
  );
  await signIn(page, createStaff('moderator'), `/admin/commentaires?q=${marker}`);
  const rows = page.getByRole('article');
  await expect(rows).toHaveCount(3);

  await page.keyboard.press('j');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toBeFocused();

  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toContainText('1 commentaire approuvé.');
  expect(testDb.comment(first)?.status).toBe('approved');
  // The next comment is now first, and has the focus: a moderator goes on pressing keys.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toBeFocused();
  await expect(rows.nth(0)).toContainText(`Avis 2 ${marker}`);

  await page.keyboard.press('s');
  await expect(page.getByRole('status')).toContainText('1 commentaire marqué comme spam.');
  expect(testDb.comment(second)?.status).toBe('spam');
  await page.keyboard.press('u');
  await expect(page.getByRole('status')).toContainText('Action annulée (1 commentaire).');
  expect(testDb.comment(second)?.status).toBe('pending');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help).toContainText('annuler la dernière action (10 secondes)');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await rows.nth(1).focus();
  await page.keyboard.press('r');
  await expect(rows.nth(1).getByRole('textbox', { name: 'Réponse de la rédaction' })).toBeFocused();
  // Typing a reply does not trigger the keys.
  await page.keyboard.type('a s d');
  expect(testDb.comment(third)?.status).toBe('pending');

  // "Tout sélectionner" ticks every row.
  await page.getByLabel('Tout sélectionner sur la page').check();
  for (const box of await page.getByRole('checkbox', { name: /^Sélectionner le commentaire/ }).all())
    await expect(box).toBeChecked();
});

test('the undo is offered for 10 seconds only', async ({ page }) => {
  const marker = `delai${Date.now().toString(36)}`;
  const id = testDb.insertComment({ body: `Avis ${marker}`, authorName: `Lecteur ${marker}` });
  // Fake timers from the start, still running at normal speed, so the page's 10-second timer can be skipped over.
  await page.clock.install();
  await signIn(page, createStaff('moderator'), `/admin/commentaires?q=${marker}`);
  await page.getByRole('button', { name: 'Approuver' }).click();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await page.clock.fastForward(10_500);
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeHidden();
  await page.keyboard.press('u');
  expect(testDb.comment(id)?.status).toBe('approved');
});
