import { newCommenter, seedSlug } from './comment-helpers';
import { expect, test, testDb } from './fixtures';
import { createStaff, setClientAddress, signIn } from './staff-helpers';
import { CommentForm } from './pages/comment-form';

const article = `/article/${seedSlug}`;
// An article no other spec comments on, so that its count of approved comments is this spec's alone.
const quietArticle = '/article/kazakhstan-le-corridor-transcaspien-nouvelle-route-des-marchandises';

test.describe('moderating without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a moderator finds a held comment by e-mail and approves it; a reader then sees it on the article', async ({
    page,
    browser,
    queue,
  }) => {
    const who = newCommenter('Tenu');
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await setClientAddress(reader, who.ip);
    await readerPage.goto(quietArticle);
    const countBefore = await readerPage.locator('#commentaires h2').first().textContent();
    const body = `Mon premier avis, ${who.name}.`;
    await new CommentForm(readerPage).post({ body, name: who.name, email: who.email });
    await new CommentForm(readerPage).expectHeld(body);
    await reader.close();

    await signIn(page, createStaff('moderator'), '/admin/commentaires');
    await queue.search(who.email);
    const row = queue.row(who.name);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`E-mail : ${who.email}`);
    await expect(row).toContainText(`IP : ${who.ip}`);
    await expect(row).toContainText('Motif : Premier commentaire de cet auteur');
    await expect(row.getByRole('link', { name: /corridor transcaspien/ })).toHaveAttribute('href', quietArticle);
    await row.getByRole('button', { name: 'Approuver' }).click();
    await expect(page.getByRole('status')).toContainText('1 commentaire approuvé.');
    await expect(page.getByText('Aucun commentaire ici.')).toBeVisible();

    // A new reader, with no cookie: the cached article was regenerated.
    const anyone = await browser.newContext();
    const anyonePage = await anyone.newPage();
    await anyonePage.goto(quietArticle);
    await expect(anyonePage.locator('#commentaires').getByText(body)).toBeVisible();
    expect(await anyonePage.locator('#commentaires h2').first().textContent()).not.toBe(countBefore);
    await anyone.close();
    const [stored] = testDb.commentsOf(who.email);
    expect(stored.status).toBe('approved');
    expect(testDb.articleCommentCount(stored.articleId)).toBe(
      testDb.countComments({ articleId: stored.articleId, status: 'approved' }),
    );
    expect(testDb.auditEntries({ action: 'comment.approve', targetId: stored.id })).toHaveLength(1);
  });

  test('bulk: the whole page, or the ticked comments, marked as spam at once', async ({ page, queue }) => {
    const marker = `promo${Date.now().toString(36)}`;
    const ids = Array.from({ length: 30 }, (_, i) =>
      testDb.insertComment({
        body: `Achetez ${marker} numéro ${i}`,
        authorName: `Robot ${i}`,
        authorEmail: `robot${i}@${marker}.example`,
        ip: '198.51.100.66',
      }),
    );
    await signIn(page, createStaff('moderator'), '/admin/commentaires');
    await queue.search(marker);
    await expect(page.getByRole('link', { name: 'En attente (30)' })).toBeVisible();
    await page.getByLabel('Tout sélectionner sur la page').check();
    await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption('spam');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page.getByRole('status')).toContainText('25 commentaires marqués comme spam.');
    await expect(page.getByRole('link', { name: 'En attente (5)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Spam (25)' })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Sélectionner le commentaire de Robot 0' }).check();
    await page.getByRole('checkbox', { name: 'Sélectionner le commentaire de Robot 1' }).check();
    await page.getByRole('combobox', { name: 'Action', exact: true }).selectOption('spam');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect(page.getByRole('status')).toContainText('2 commentaires marqués comme spam.');
    expect(ids.map((id) => testDb.comment(id)?.status).filter((status) => status === 'spam')).toHaveLength(27);
    expect(ids.slice(0, 3).map((id) => testDb.comment(id)?.status)).toEqual(['spam', 'spam', 'pending']);

    // The IP finds them too; "Annuler" puts the last batch back.
    await page.getByRole('link', { name: /^Spam/ }).click();
    await queue.search('198.51.100.66', '100');
    await expect(page.getByRole('link', { name: /^Spam \((2[7-9]|[3-9]\d|\d{3,})\)/ })).toBeVisible();
    await page.goto(`/admin/commentaires?statut=pending&q=${marker}`);
    await page
      .getByRole('article', { name: 'Robot 2', exact: true })
      .getByRole('button', { name: 'Corbeille' })
      .click();
    await expect(page.getByRole('status')).toContainText('1 commentaire mis à la corbeille.');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByRole('status')).toContainText('Action annulée (1 commentaire).');
    expect(testDb.comment(ids[2])?.status).toBe('pending');
  });

  test('a reported comment shows its reasons; keeping it clears the reports', async ({ page, queue }) => {
    const marker = `signale${Date.now().toString(36)}`;
    const id = testDb.insertComment({
      body: `Propos ${marker}`,
      authorName: `Signalé ${marker}`,
      status: 'pending',
      heldReason: 'reports',
      reportCount: 3,
    });
    for (const [n, reason] of ['insulte', 'insulte', 'spam'].entries())
      testDb.insertReport(id, `${marker}${n}`, reason);
    await signIn(page, createStaff('moderator'), `/admin/commentaires?statut=reported&q=${marker}`);
    const row = queue.row(`Signalé ${marker}`);
    await expect(row).toContainText('Masqué après des signalements');
    await expect(row).toContainText('3 signalements (Insulte × 2, Spam × 1)');
    await row.getByRole('button', { name: 'Approuver' }).click();
    await expect(page.getByRole('status')).toContainText('1 commentaire approuvé.');
    expect(testDb.comment(id)).toMatchObject({ status: 'approved', reportCount: 0 });
  });

  test('a moderator corrects a comment and replies as the newsroom; both are published', async ({
    page,
    browser,
    queue,
  }) => {
    const marker = `corrige${Date.now().toString(36)}`;
    const id = testDb.insertComment({
      body: `Texte avec une fote ${marker}`,
      authorName: `Auteur ${marker}`,
      status: 'pending',
    });
    await signIn(page, createStaff('moderator'), `/admin/commentaires?q=${marker}`);
    const row = queue.row(`Auteur ${marker}`);
    await row.getByText('Modifier').click();
    await row.getByRole('textbox', { name: 'Texte du commentaire' }).fill(`Texte corrigé ${marker}`);
    await row.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status')).toContainText('Commentaire modifié.');
    await queue.row(`Auteur ${marker}`).getByText('Répondre').click();
    await queue
      .row(`Auteur ${marker}`)
      .getByRole('textbox', { name: 'Réponse de la rédaction' })
      .fill(`Merci pour ${marker}`);
    await queue.row(`Auteur ${marker}`).getByRole('button', { name: 'Publier la réponse' }).click();
    await expect(page.getByRole('status')).toContainText('1 commentaire approuvé. Réponse publiée.');
    expect(testDb.comment(id)?.status).toBe('approved');
    const [edit] = testDb.auditEntries({ action: 'comment.edit', targetId: id });
    expect(edit.details).toMatchObject({
      before: `Texte avec une fote ${marker}`,
      after: `Texte corrigé ${marker}`,
    });

    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(article);
    await expect(readerPage.getByText(`Texte corrigé ${marker}`)).toBeVisible();
    // Changed by staff: readers see that the text is not the one first published.
    await expect(readerPage.locator(`#comment-${id}`).getByText('modifié', { exact: true })).toBeVisible();
    const reply = readerPage.locator('article.comment', { hasText: `Merci pour ${marker}` });
    await expect(reply.getByText('Rédaction', { exact: true })).toBeVisible();
    await reader.close();
  });
});
