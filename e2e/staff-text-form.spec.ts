import { expect, test, testDb } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

// A refused correction used to come back with the comment's old text (JavaScript on: the form reset to
// its first value), or folded away in a closed <details> (off): the moderator's text was lost from view.
for (const javaScriptEnabled of [false, true]) {
  test(`a refused correction comes back open, with the text as typed and its message (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const marker = `refus${Date.now().toString(36)}${javaScriptEnabled ? 'js' : ''}`;
    const id = testDb.insertComment({
      body: `Texte d’origine ${marker}`,
      authorName: `Auteur ${marker}`,
      status: 'pending',
    });
    await signIn(page, createStaff('moderator'), `/admin/commentaires?q=${marker}`);
    const row = page.getByRole('article', { name: `Auteur ${marker}` });
    await row.getByText('Modifier').click();
    const typed = `Trop long ${marker} ${'x'.repeat(5_001)}`;
    await row.getByRole('textbox', { name: 'Texte du commentaire' }).fill(typed);
    await row.getByRole('button', { name: 'Enregistrer' }).click();

    const field = page
      .getByRole('article', { name: `Auteur ${marker}` })
      .getByRole('textbox', { name: 'Texte du commentaire' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Ce texte est trop long : 5 000 caractères au maximum.')).toBeVisible();
    expect(testDb.comment(id)?.status).toBe('pending');
    expect(testDb.comment(id)?.body).toBe(`Texte d’origine ${marker}`);
    await context.close();
  });
}
