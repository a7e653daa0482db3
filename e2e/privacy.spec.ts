import { expect, test } from '@playwright/test';
import { fillComment, newCommenter, openArticle, seedSlug, submitComment, useClientAddress } from './comment-helpers';
import { openTestDatabase } from './database';

test('a commenter’s e-mail and IP appear in no public response, page or React payload', async ({ page, context, request }) => {
  const who = newCommenter('Discret');
  await useClientAddress(context, who.ip);
  await openArticle(page, `/article/${seedSlug}`);
  await fillComment(page, { body: `Avis discret de ${who.name}.`, name: who.name, email: who.email, remember: true });
  await submitComment(page);
  await expect(page.getByText('Votre commentaire est en attente de modération.')).toBeVisible();

  // Approve it, as a moderator will, so it is published everywhere comments are shown.
  const sqlite = openTestDatabase();
  sqlite.prepare("update comments set status = 'approved' where author_email = ?").run(who.email);
  const stored = sqlite.prepare('select ip from comments where author_email = ?').get(who.email) as { ip: string };
  sqlite.close();
  expect(stored.ip).toBe(who.ip);

  const cookieHeader = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const paths = ['/', '/rubrique/kazakhstan', '/mot-cle/otsc', `/article/${seedSlug}`, `/article/${seedSlug}/perso`, `/article/${seedSlug}?repondre=1`, '/cette-page-nexiste-pas'];
  for (const path of paths) {
    const variants: Record<string, string>[] = [{}, { RSC: '1' }, { Cookie: cookieHeader }, { Cookie: cookieHeader, RSC: '1' }];
    for (const headers of variants) {
      const response = await request.get(path, { headers });
      const text = await response.text();
      expect(text, `${path} ${JSON.stringify(Object.keys(headers))}`).not.toContain(who.email);
      expect(text).not.toContain(who.email.split('@')[0]);
      expect(text).not.toContain(who.ip);
    }
  }
  // The remembered details live in an HttpOnly cookie whose value is encrypted, not merely encoded.
  const remembered = (await context.cookies()).find((c) => c.name === 'kq_commentateur');
  expect(remembered?.httpOnly).toBe(true);
  expect(Buffer.from(remembered!.value, 'base64url').toString('latin1')).not.toContain(who.email);
  expect(await page.evaluate(() => document.cookie)).not.toContain('kq_commentateur');
});
