import { testDb } from './fixtures';
import { expect, test } from '@playwright/test';
import { fillComment, newCommenter, openArticle, seedSlug, submitComment } from './comment-helpers';
import { alertMessage, createStaff, querySql, setClientAddress, signIn } from './staff-helpers';

const storedSetting = (key: string) =>
  querySql<{ value: string }>('select value from settings where key = ?', key)[0]?.value;

test.describe('discussion settings, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an out-of-range value is refused with its bounds and nothing is saved', async ({ page }) => {
    await signIn(page, createStaff('admin'), '/admin/reglages');
    const before = storedSetting('threadsPerPage');
    await page.getByLabel('Fils de discussion par page').fill('3');
    await page.getByLabel('Délai minimal entre deux commentaires d’un même auteur (secondes)').fill('');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(alertMessage(page)).toHaveText(
      'Les réglages n’ont pas été enregistrés. Corrigez les champs signalés.',
    );
    await expect(page.getByLabel('Fils de discussion par page')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Un nombre entier entre 5 et 200.')).toBeVisible();
    await expect(page.getByText('Un nombre entier entre 0 et 3 600.')).toBeVisible();
    await expect(page.getByLabel('Fils de discussion par page')).toHaveValue('3');
    expect(storedSetting('threadsPerPage')).toBe(before);
  });

  test('hold and block words saved here decide the next comments', async ({ page, browser }) => {
    const admin = createStaff('admin');
    await signIn(page, admin, '/admin/reglages');
    await expect(page.getByRole('radio', { name: 'Retenir le premier commentaire de chaque auteur' })).toBeChecked();
    const hold = `surveille${Date.now().toString(36)}`;
    const block = `interdit${Date.now().toString(36)}`;
    const holdField = page.getByLabel('Mots surveillés : le commentaire est retenu');
    const blockField = page.getByLabel('Mots interdits : le commentaire va en spam');
    await holdField.fill(`${await holdField.inputValue()}\n${hold}`);
    await blockField.fill(`${await blockField.inputValue()}\n${block.toUpperCase()}`);
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect(page.getByRole('status')).toHaveText('Réglages enregistrés.');
    expect(JSON.parse(storedSetting('holdWords'))).toContain(hold);
    const [audit] = querySql<{ details: string }>(
      "select details from audit_log where action = 'settings.update' and user_id = (select id from users where email = ?)",
      admin.email,
    );
    expect(JSON.parse(audit.details).holdWords.after).toContain(hold);

    // The words are checked before the first-comment rule: each commenter's comment is held, or sent to spam.
    for (const [word, status, reason] of [
      [hold, 'pending', `hold-word:${hold}`],
      [block, 'spam', `block-word:${block.toUpperCase()}`],
    ]) {
      const who = newCommenter('Mots');
      const reader = await browser.newContext();
      await setClientAddress(reader, who.ip);
      const readerPage = await reader.newPage();
      await openArticle(readerPage, `/article/${seedSlug}`);
      await fillComment(readerPage, { body: `Un avis avec ${word} dedans.`, name: who.name, email: who.email });
      await submitComment(readerPage);
      await expect(readerPage.getByText('Votre commentaire est en attente de modération.').first()).toBeVisible();
      expect(testDb.commentsOf(who.email)).toEqual([{ status, heldReason: reason }]);
      await reader.close();
    }
  });
});
