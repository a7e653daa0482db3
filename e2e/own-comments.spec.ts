import type { Browser, BrowserContext, Page } from '@playwright/test';
import { newCommenter } from './comment-helpers';
import { CommentForm } from './pages/comment-form';
import { expect, quietArticle, ownCommentCookie, test, testDb } from './fixtures';

/*
 * A commenter edits or deletes their own comment, from the browser that posted it, for ten minutes
 * (the default setting). Another browser, a forged key or an expired one changes nothing.
 */

function freshArticle(label: string) {
  const { id, slug } = testDb.insertArticle({ title: `Article ${label}`, ...quietArticle });
  return { id, path: `/article/${slug}` };
}

/** Posts a comment through the form and answers its id, read from the address it lands on. */
async function postOwnComment(page: Page, context: BrowserContext, path: string, body: string) {
  const who = newCommenter('Auteur');
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': who.ip });
  await page.goto(path);
  await new CommentForm(page).post({ body, name: who.name, email: who.email });
  await expect(page).toHaveURL(/#comment-\d+$/);
  return { id: Number(page.url().split('#comment-')[1]), who };
}

const commentOf = (page: Page, id: number) => page.locator(`#comment-${id}`);

for (const javaScriptEnabled of [false, true]) {
  test.describe(`one's own comment with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('edited within the window: judged again, marked "modifié"; three links send it back to the queue', async ({
      page,
      context,
      browser,
    }) => {
      const article = freshArticle('modifier');
      const { id, who } = await postOwnComment(page, context, article.path, 'Premier jet.');
      // A moderator approves it: the author is now known.
      testDb.approveCommentsOf(who.email);

      await page.goto(article.path);
      await commentOf(page, id).getByRole('link', { name: 'Modifier' }).click();
      const box = commentOf(page, id).getByRole('textbox', { name: 'Votre commentaire' });
      await expect(box).toHaveValue('Premier jet.');
      // An empty text is refused next to the field, the form kept.
      await box.fill('   ');
      await commentOf(page, id).getByRole('button', { name: 'Enregistrer la modification' }).click();
      await expect(commentOf(page, id).getByText('Écrivez votre commentaire.')).toBeVisible();
      await expect(commentOf(page, id).getByRole('textbox', { name: 'Votre commentaire' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );

      await commentOf(page, id).getByRole('textbox', { name: 'Votre commentaire' }).fill('Texte corrigé.');
      await commentOf(page, id).getByRole('button', { name: 'Enregistrer la modification' }).click();
      await expect(commentOf(page, id).getByText('Texte corrigé.')).toBeVisible();
      await expect(commentOf(page, id).getByText('modifié', { exact: true })).toBeVisible();
      expect(testDb.commentById(id)).toMatchObject({ body: 'Texte corrigé.', status: 'approved', editedBy: 'author' });

      // Everyone sees the new text, marked, on the cached page.
      const reader = await browser.newContext({ javaScriptEnabled });
      const readerPage = await reader.newPage();
      await readerPage.goto(article.path);
      await expect(commentOf(readerPage, id).getByText('Texte corrigé.')).toBeVisible();
      await expect(commentOf(readerPage, id).getByText('modifié', { exact: true })).toBeVisible();
      await expect(commentOf(readerPage, id).getByRole('link', { name: 'Modifier' })).toHaveCount(0);

      await commentOf(page, id).getByRole('link', { name: 'Modifier' }).click();
      await commentOf(page, id)
        .getByRole('textbox', { name: 'Votre commentaire' })
        .fill('Voir https://a.example.com, https://b.example.com et https://c.example.com');
      await commentOf(page, id).getByRole('button', { name: 'Enregistrer la modification' }).click();
      await expect(commentOf(page, id).getByText('Votre commentaire est en attente de modération.')).toBeVisible();
      expect(testDb.commentById(id)).toMatchObject({ status: 'pending', heldReason: 'links:3' });
      await readerPage.goto(article.path);
      await expect(commentOf(readerPage, id)).toHaveCount(0);
      await reader.close();
    });

    test('deleted within the window; its replies stay under "Commentaire supprimé par son auteur"', async ({
      page,
      context,
    }) => {
      const article = freshArticle('supprimer');
      const { id, who } = await postOwnComment(page, context, article.path, 'Je vais le retirer.');
      testDb.approveCommentsOf(who.email);
      const reply = testDb.insertReply(id, 'Une réponse qui reste.');
      const alone = (await postOwnComment(page, context, article.path, 'Un autre avis, seul.')).id;

      await page.goto(article.path);
      await commentOf(page, id).getByRole('link', { name: 'Supprimer' }).click();
      await commentOf(page, id).getByRole('button', { name: 'Supprimer définitivement' }).click();
      await expect(commentOf(page, id).getByText('Commentaire supprimé par son auteur')).toBeVisible();
      await expect(page.getByText('Je vais le retirer.')).toHaveCount(0);
      await expect(commentOf(page, reply).getByText('Une réponse qui reste.')).toBeVisible();
      expect(testDb.commentById(id)).toMatchObject({ deleted: true, body: '', authorName: '' });

      await commentOf(page, alone).getByRole('link', { name: 'Supprimer' }).click();
      await commentOf(page, alone).getByRole('button', { name: 'Supprimer définitivement' }).click();
      await expect(commentOf(page, alone)).toHaveCount(0);
      expect(testDb.commentById(alone)).toBeUndefined();
    });
  });
}

/** The edit form of a comment as the author's page renders it (action reference included), for replaying its post. */
async function editFormFields(page: Page, id: number, body: string): Promise<Record<string, string>> {
  const fields = await commentOf(page, id)
    .locator('form')
    .evaluate((form: HTMLFormElement) => Object.fromEntries(new FormData(form) as unknown as [string, string][]));
  return { ...fields, body };
}

async function replayFrom(browser: Browser, path: string, fields: Record<string, string>, cookie?: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  if (cookie) await context.addCookies([{ name: 'kq_auteur', value: cookie, url: new URL(path, 'http://x').href }]);
  const response = await context.request.post(path, { multipart: fields, maxRedirects: 0 });
  await context.close();
  return response.status();
}

test.describe('changing a comment one may not change', () => {
  test.use({ javaScriptEnabled: false });

  test('another browser, a forged key or an expired one is refused; the window closes for the author too', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    const article = freshArticle('attaque');
    const { id, who } = await postOwnComment(page, context, article.path, 'Mon premier texte.');
    testDb.approveCommentsOf(who.email);
    await page.goto(`${article.path}?modifier=${id}`);
    const edit = await editFormFields(page, id, 'Texte de l’attaquant.');
    await commentOf(page, id).getByRole('link', { name: 'Annuler' }).click();
    await commentOf(page, id).getByRole('link', { name: 'Supprimer' }).click();
    const remove = await commentOf(page, id)
      .locator('form')
      .evaluate((form: HTMLFormElement) => Object.fromEntries(new FormData(form) as unknown as [string, string][]));
    const target = `${baseURL}${article.path}?modifier=${id}`;
    const { createdAt } = testDb.commentById(id)!;
    // The same post from the author's own browser goes through: the replays below are real posts.
    await context.request.post(target, { multipart: { ...edit, body: 'Mon texte à moi.' }, maxRedirects: 0 });
    expect(testDb.commentById(id)).toMatchObject({ body: 'Mon texte à moi.', editedBy: 'author' });

    // Another browser: the id alone, no key.
    await replayFrom(browser, target, edit);
    await replayFrom(browser, target, remove);
    // A key forged for that id and time.
    const forged = `${id}.${createdAt}.${'A'.repeat(22)}`;
    await replayFrom(browser, target, edit, forged);
    await replayFrom(browser, target, remove, forged);
    // A genuine key for another time (the id of a deleted comment, given again by SQLite to a new one).
    await replayFrom(browser, target, edit, await ownCommentCookie(id, createdAt + 1));
    expect(testDb.commentById(id)).toMatchObject({ body: 'Mon texte à moi.', status: 'approved' });

    // Eleven minutes later: a genuine key for the comment's time, past the ten-minute window.
    testDb.backdateComment(id, 11 * 60);
    const expired = await ownCommentCookie(id, createdAt - 11 * 60_000);
    await replayFrom(browser, target, edit, expired);
    await replayFrom(browser, target, remove, expired);
    expect(testDb.commentById(id)).toMatchObject({ body: 'Mon texte à moi.', deleted: false });

    // The author's own browser, its key now expired, is told so and offered no form.
    await context.addCookies([{ name: 'kq_auteur', value: expired, url: `${baseURL}/` }]);
    await page.goto(`${article.path}?modifier=${id}`);
    await expect(commentOf(page, id).getByText(/ne peut plus être modifié ni supprimé/)).toBeVisible();
    await expect(commentOf(page, id).getByRole('textbox')).toHaveCount(0);
    await expect(commentOf(page, id).getByRole('link', { name: 'Modifier' })).toHaveCount(0);
  });
});
