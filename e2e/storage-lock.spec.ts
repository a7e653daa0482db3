import { type Page } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import { newCommenter, seedSlug, useClientAddress } from './comment-helpers';
import { alertMessage, createStaff, signIn } from './staff-helpers';
import { CommentForm } from './pages/comment-form';

/*
 * Replays a database that cannot take a write: another connection holds the write lock past the
 * server's busy timeout (5 s), as a backup, a migration or a stuck command-line tool would. Readers
 * still read (WAL), so the page renders; the post must come back with the text and a French message.
 * This spec runs alone, after every other (playwright.config.ts): the lock stops every writer.
 */

const article = `/article/${seedSlug}`;
const unavailable = 'Le commentaire n’a pas pu être enregistré, réessayez dans un instant.';

async function expectFormKept(page: Page, values: { body: string; name: string; email: string }) {
  const form = page.locator('form.comment-form');
  await expect(form.getByRole('textbox', { name: 'Commentaire', exact: true })).toHaveValue(values.body);
  await expect(form.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue(values.name);
  await expect(form.getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue(values.email);
}

// One lock at a time: a test waiting for the other's lock would fail to take it, not test anything.
test.describe.configure({ mode: 'serial' });

for (const javaScriptEnabled of [false, true]) {
  test(`a comment posted while the database is locked comes back with its text (JavaScript ${javaScriptEnabled ? 'on' : 'off'}); posted again, it is stored`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const who = newCommenter('Verrou');
    await useClientAddress(context, who.ip);
    await page.goto(article);
    const values = { body: `Un avis de ${who.name} pendant le verrou.`, name: who.name, email: who.email };
    await new CommentForm(page).fill(values);

    const release = testDb.holdWriteLock();
    try {
      const answered = javaScriptEnabled
        ? null
        : page.waitForResponse((response) => response.request().method() === 'POST');
      await new CommentForm(page).submit();
      await expect(alertMessage(page)).toHaveText(unavailable, { timeout: 20_000 });
      // Without JavaScript the page that comes back says it to the browser too: try again shortly.
      if (answered) {
        const response = await answered;
        expect(response.status()).toBe(503);
        expect(response.headers()['retry-after']).toBe('30');
      }
    } finally {
      release();
    }
    await expectFormKept(page, values);
    expect(testDb.countComments({ authorEmail: who.email })).toBe(0);

    await new CommentForm(page).submit();
    await new CommentForm(page).expectHeld(values.body);
    expect(testDb.countComments({ authorEmail: who.email })).toBe(1);
    await context.close();
  });
}

test('the settings saved while the database is locked come back as typed; saved again, they are stored', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, createStaff('admin'), '/admin/reglages');
  const word = `verrou${Date.now().toString(36)}`;
  const field = page.getByLabel('Mots surveillés : le commentaire est retenu');
  const typed = `${await field.inputValue()}\n${word}`;
  await field.fill(typed);

  const release = testDb.holdWriteLock();
  try {
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'L’enregistrement' })).toHaveText(
      'L’enregistrement n’a pas pu se faire, réessayez dans un instant.',
      { timeout: 20_000 },
    );
  } finally {
    release();
  }
  await expect(field).toHaveValue(typed);
  const stored = () => testDb.settings().holdWords;
  expect(stored() ?? '').not.toContain(word);

  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('status')).toHaveText('Réglages enregistrés.');
  expect(stored()).toContain(word);
});
