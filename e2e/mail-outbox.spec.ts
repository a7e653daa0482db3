import { composeMail } from '../lib/mail-message';
import { expect, outboxTo, queueTestMail, test } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

const unique = () => `${Date.now().toString(36)}${process.pid}${Math.random().toString(36).slice(2, 6)}`;

const notification = (to: string, subject: string) =>
  composeMail({
    kind: 'reply',
    to,
    subject,
    blocks: [{ paragraph: 'Une réponse à votre commentaire :' }, { quote: 'Bien vu.' }],
    footer: 'Kiosque',
    unsubscribe: { href: 'http://127.0.0.1/desabonnement/exemple', label: 'Se désabonner' },
  });

test('a queued message reaches the SMTP server, in French text and HTML, with the one-click unsubscribe headers', async ({
  mailbox,
}) => {
  const to = `lecteur-${unique()}@example.test`;
  await queueTestMail(notification(to, 'Nouvelle réponse à votre commentaire'));
  const mail = await mailbox.waitFor(to);
  expect(mail.subject).toBe('Nouvelle réponse à votre commentaire');
  expect(mail.from).toEqual({ name: 'Kiosque', address: 'redaction@kiosque.example' });
  expect(mail.text).toContain('> Bien vu.');
  expect(mail.html).toContain('<blockquote');
  expect(mail.headers['list-unsubscribe']).toBe('<http://127.0.0.1/desabonnement/exemple>');
  expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  await expect.poll(async () => (await outboxTo(to))[0]?.status).toBe('sent');
});

test('the worker tries again when the SMTP server refuses, and marks a message that keeps failing for the admins', async ({
  page,
  mailbox,
}) => {
  const retried = `refuse-twice-${unique()}@example.test`;
  const refused = `refuse-always-${unique()}@example.test`;
  await queueTestMail(notification(retried, 'Refusé deux fois'));
  await queueTestMail(notification(refused, 'Toujours refusé'));

  await mailbox.waitFor(retried);
  await expect.poll(async () => (await outboxTo(retried))[0]).toMatchObject({ status: 'sent', attempts: 3 });
  await expect.poll(async () => (await outboxTo(refused))[0]?.status).toBe('failed');
  expect((await outboxTo(refused))[0]).toMatchObject({ attempts: 3, lastError: expect.stringContaining('550') });
  expect(mailbox.messagesTo(refused)).toEqual([]);

  await signIn(page, createStaff('admin'), '/admin');
  const failedFigure = page
    .getByRole('term')
    .filter({ hasText: 'Courriels en échec' })
    .locator('xpath=following-sibling::dd');
  expect(Number(await failedFigure.textContent())).toBeGreaterThanOrEqual(1);
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Courriels' }).click();
  await expect(page.getByRole('heading', { name: 'Courriels' })).toBeVisible();
  const failedRow = page.getByRole('row').filter({ hasText: refused });
  await expect(failedRow).toContainText('Échec');
  await expect(failedRow).toContainText('550');
  await expect(failedRow).toHaveClass(/mail-table__failed/);
  await expect(page.getByRole('row').filter({ hasText: retried })).toContainText('Envoyé');
});

test('the outbox is the admins’: a moderator is refused the page and sees no failure count', async ({ page }) => {
  await signIn(page, createStaff('moderator'), '/admin');
  await expect(page.getByRole('term').filter({ hasText: 'Courriels en échec' })).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Courriels' }),
  ).toHaveCount(0);
  await page.goto('/admin/courriels');
  await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
});
