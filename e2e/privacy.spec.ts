import { newCommenter, seedSlug, useClientAddress } from './comment-helpers';
import { expect, test } from './fixtures';
import { CommentForm } from './pages/comment-form';

test('a commenter’s e-mail and IP appear in no public response, page or React payload', async ({
  page,
  context,
  request,
  browser,
  db,
  commentForm,
}) => {
  const who = newCommenter('Discret');
  await useClientAddress(context, who.ip);
  await page.goto(`/article/${seedSlug}`);
  await commentForm.post({
    body: `Avis discret de ${who.name}.`,
    name: who.name,
    email: who.email,
    remember: true,
  });
  await expect(page.getByText('Votre commentaire est en attente de modération.')).toBeVisible();

  // Approve it, as a moderator will, so it is published everywhere comments are shown.
  db.approveCommentsOf(who.email);
  expect(db.commentIpOf(who.email)).toBe(who.ip);

  // Another reader who has commented before (and so gets the personalised page) must never see it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await useClientAddress(other, newCommenter('Autre').ip);
  await otherPage.goto(`/article/${seedSlug}`);
  const otherWho = newCommenter('Autre');
  await new CommentForm(otherPage).post({
    body: `Avis de ${otherWho.name}.`,
    name: otherWho.name,
    email: otherWho.email,
    remember: true,
  });
  await expect(otherPage.getByText('Votre commentaire est en attente de modération.')).toBeVisible();
  const cookieHeader = (await other.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await other.close();

  const feeds = ['', '/rubrique/kazakhstan', '/mot-cle/otsc', `/article/${seedSlug}/commentaires`].flatMap((base) => [
    `${base}/flux.xml`,
    `${base}/flux/atom.xml`,
  ]);
  const sitemaps = [
    '/sitemap.xml',
    '/sitemaps/articles-1.xml',
    '/sitemaps/auteurs-1.xml',
    '/sitemap-news.xml',
    '/robots.txt',
  ];
  const paths = [
    '/',
    '/rubrique/kazakhstan',
    '/mot-cle/otsc',
    `/article/${seedSlug}`,
    `/article/${seedSlug}/perso`,
    `/article/${seedSlug}?repondre=1`,
    '/cette-page-nexiste-pas',
    ...feeds,
    ...sitemaps,
  ];
  for (const path of paths) {
    const variants: Record<string, string>[] = [
      {},
      { RSC: '1' },
      { Cookie: cookieHeader },
      { Cookie: cookieHeader, RSC: '1' },
    ];
    for (const headers of variants) {
      const response = await request.get(path, { headers });
      const text = await response.text();
      expect(text, `${path} ${JSON.stringify(Object.keys(headers))}`).not.toContain(who.email);
      expect(text).not.toContain(who.email.split('@')[0]);
      expect(text).not.toContain(who.ip);
    }
  }
  // The commenter's own page puts their remembered e-mail back in their form, and nowhere else.
  const own = await (await page.request.get(`/article/${seedSlug}`)).text();
  // The field's value, the form's initial state in the React payload, and its no-JavaScript copy.
  expect(own.split(who.email).length - 1).toBe(3);
  await page.goto(`/article/${seedSlug}`);
  await expect(page.locator('form.comment-form').getByRole('textbox', { name: 'E-mail', exact: true })).toHaveValue(
    who.email,
  );

  // The remembered details live in an HttpOnly cookie whose value is encrypted, not merely encoded.
  const remembered = (await context.cookies()).find((c) => c.name === 'kq_commentateur');
  expect(remembered?.httpOnly).toBe(true);
  expect(Buffer.from(remembered!.value, 'base64url').toString('latin1')).not.toContain(who.email);
  expect(await page.evaluate(() => document.cookie)).not.toContain('kq_commentateur');
});
