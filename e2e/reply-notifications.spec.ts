import type { Page } from '@playwright/test';
import { newCommenter, useClientAddress } from './comment-helpers';
import { expect, outboxTo, test } from './fixtures';
import { CommentForm } from './pages/comment-form';

async function postComment(page: Page, who: ReturnType<typeof newCommenter>, body: string, notify = false) {
  await new CommentForm(page).post({ body, name: who.name, email: who.email, notify });
  await expect(page.locator('article, li, div').filter({ hasText: body }).last()).toBeVisible();
}

test('subscribe, confirm, get the reply with its link, unsubscribe with the one-click post, then no further mail', async ({
  page,
  browser,
  request,
  db,
  mailbox,
}) => {
  // Three readers' posts and a confirmation, on a shared machine.
  test.slow();
  const title = `Le marché de Mokolo ${Date.now().toString(36)}`;
  const article = db.insertArticle({ title });
  const awa = newCommenter('Awa');
  const moussa = newCommenter('Moussa');

  // Awa asks to be told of replies: her first comment waits for moderation, her address gets a confirmation only.
  await useClientAddress(page.context(), awa.ip);
  await page.goto(`/article/${article.slug}`);
  await postComment(page, awa, 'Les prix ont doublé depuis janvier.', true);
  const confirmation = await mailbox.waitFor(awa.email);
  expect(confirmation.subject).toBe('Confirmez votre adresse e-mail – Kiosque');
  expect(confirmation.text).toContain(`votre commentaire sur « ${title} »`);
  expect(confirmation.headers['list-unsubscribe']).toBeUndefined();
  db.approveCommentsOf(awa.email);

  // A mail scanner opening the link confirms nothing; the button does.
  await page.goto(mailbox.link(confirmation, '/courriel/confirmation'));
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await expect(page.getByRole('status')).toHaveText(/votre adresse est confirmée/);

  // Moussa, a returning commenter, replies: published at once by the policy.
  const moussaPage = await browser.newPage();
  await useClientAddress(moussaPage.context(), moussa.ip);
  await moussaPage.goto(`/article/${article.slug}`);
  await postComment(moussaPage, moussa, 'Premier avis de Moussa.');
  db.approveCommentsOf(moussa.email);
  // Past the flood interval since that first comment.
  db.backdateCommentsOf(moussa.email, 60);
  await moussaPage.goto(`/article/${article.slug}`);
  await moussaPage.getByRole('link', { name: `Répondre à ${awa.name}` }).click();
  await postComment(moussaPage, moussa, 'Pas au marché central, les prix y sont stables.');
  expect(db.commentsOf(moussa.email).map((comment) => comment.status)).toEqual(['approved', 'approved']);

  const notice = await mailbox.waitFor(awa.email, 2);
  expect(notice.subject).toBe(`${moussa.name} a répondu à votre commentaire sur « ${title} »`);
  expect(notice.text).toContain('> Pas au marché central, les prix y sont stables.');
  // The replier's address is never in a notice.
  expect(JSON.stringify(notice)).not.toContain(moussa.email);
  expect(notice.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

  // The link leads to the reply, on its page of comments.
  await page.goto(mailbox.link(notice, '/commentaire/'));
  await expect(page).toHaveURL(new RegExp(`/article/${article.slug}(\\?cpage=\\d+)?#comment-\\d+$`));
  await expect(page.locator(new URL(page.url()).hash)).toContainText('Pas au marché central');

  // The mail client's one-click post (the `request` fixture: no browser, no cookie, no form token, no page).
  const oneClick = notice.headers['list-unsubscribe']!.replace(/^<|>$/g, '');
  const answer = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toBe('Désabonnement enregistré.');

  // Another reply: nothing more is queued for Awa.
  await moussaPage.goto(`/article/${article.slug}`);
  await moussaPage.getByRole('link', { name: `Répondre à ${awa.name}` }).click();
  db.backdateCommentsOf(moussa.email, 60);
  await postComment(moussaPage, moussa, 'Et au marché Mboppi aussi.');
  expect(db.commentsOf(moussa.email).map((comment) => comment.status)).toEqual(['approved', 'approved', 'approved']);
  expect((await outboxTo(awa.email)).map((row) => row.subject)).toEqual([confirmation.subject, notice.subject]);
});
