import { newCommenter, useClientAddress } from './comment-helpers';
import { expect, outboxTo, test } from './fixtures';
import { CommentForm } from './pages/comment-form';

test.use({ javaScriptEnabled: false });

test('without JavaScript, the box is kept on a refused post and, once posted, asks for a confirmation', async ({
  page,
  db,
  mailbox,
}) => {
  const article = db.insertArticle({ title: `Sans script ${Date.now().toString(36)}` });
  const awa = newCommenter('Awa');
  await useClientAddress(page.context(), awa.ip);
  await page.goto(`/article/${article.slug}`);
  const box = page.getByLabel('Me prévenir par e-mail des réponses à mon commentaire');
  const form = new CommentForm(page);
  await form.fill({ body: 'Sans nom.', email: awa.email, notify: true });
  await form.skipBrowserValidation();
  await form.submit();
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
  await expect(box).toBeChecked();

  await form.post({ name: awa.name });
  const confirmation = await mailbox.waitFor(awa.email);
  expect(confirmation.subject).toBe('Confirmez votre adresse e-mail – Kiosque');
});

test('a forged one-click unsubscribe is refused and changes nothing', async ({ request }) => {
  const forged = await request.post('/api/desabonnement?jeton=desabonner.' + 'a'.repeat(64) + '.tout.AAAA', {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  // The server answers a refused post with its French page (scripts/plain-error-pages.ts).
  expect(forged.status()).toBe(400);
  expect(await forged.text()).not.toContain('Désabonnement enregistré.');
  expect(await outboxTo('personne@example.com')).toEqual([]);
});
