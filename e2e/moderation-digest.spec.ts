import type { Page } from '@playwright/test';
import { expect, quietArticle, test, testDb } from './fixtures';
import { mailbox } from './mailbox';
import { createStaff, formFields, signIn, type StaffAccount } from './staff-helpers';

/*
 * The moderators' digest of pending comments, chosen in one's own account and sent through the run's real
 * SMTP server. The server's digest clock ticks every second in the e2e run; rather than wait for the next
 * hour, a spec moves a member's last digest back in time. "Nothing more was sent" is read after a witness
 * (another member choosing a digest at that moment) received theirs: a tick ran after the one that counted.
 */

const YEARS_AGO = 20 * 365 * 86_400;

/** A pending comment older than any other of the run, so that it is among the oldest a digest shows. */
function oldestPendingComment(marker: string) {
  const title = `Le marché de Mokolo ${marker}`;
  const { id: articleId } = testDb.insertArticle({ title, ...quietArticle });
  const secretEmail = `lectrice.${marker}@example.com`;
  const id = testDb.insertComment({
    articleId,
    body: `Le prix du plantain ${marker}\na doublé.`,
    authorName: `Lectrice ${marker}`,
    authorEmail: secretEmail,
    ip: '203.0.113.99',
  });
  testDb.backdateComment(id, YEARS_AGO);
  return { title, secretEmail };
}

async function choose(page: Page, choice: string) {
  const form = page.getByRole('form', { name: 'Résumé des commentaires en attente' });
  await form.getByRole('radio', { name: choice }).check();
  await form.getByRole('button', { name: 'Enregistrer ce choix' }).click();
  await expect(form.getByRole('status')).toHaveText('Choix enregistré.');
  await expect(form.getByRole('radio', { name: choice })).toBeChecked();
}

/** Another member asks for a digest now and receives it: every tick up to that one has run. */
async function afterAnotherTick(witness: StaffAccount) {
  testDb.setDigestFrequency(witness.email, 'hourly');
  await mailbox.waitFor(witness.email);
}

/** A moderator and a witness, made by the command-line tool (slow on a busy machine: first, and given time). */
function accounts() {
  test.slow();
  return { moderator: createStaff('moderator'), witness: createStaff('moderator', 'temoin') };
}

test('hourly: one digest per hour with the oldest pending comments, never their authors’ addresses', async ({
  page,
  baseURL,
}) => {
  const marker = `resume${Date.now().toString(36)}${process.pid}`;
  const { moderator, witness } = accounts();
  const { title, secretEmail } = oldestPendingComment(marker);
  await signIn(page, moderator, '/admin/compte');
  await expect(page.getByRole('radio', { name: 'Jamais' })).toBeChecked();
  await choose(page, 'Toutes les heures');

  const digest = await mailbox.waitFor(moderator.email);
  expect(digest.subject).toMatch(/^[\d\s]+ commentaires? attend(ent)? votre modération – Kiosque$/);
  expect(digest.text).toContain(`Bonjour ${moderator.name},`);
  expect(digest.text).toContain(`Lectrice ${marker}, sur « ${title} »`);
  expect(digest.text).toContain(`> Le prix du plantain ${marker} a doublé.`);
  expect(digest.text).toContain(`${baseURL}/admin/commentaires`);
  for (const secret of [secretEmail, '203.0.113.99']) expect(JSON.stringify(digest)).not.toContain(secret);

  await afterAnotherTick(witness);
  expect(mailbox.messagesTo(moderator.email)).toHaveLength(1);
  // An hour later (the clock moved), the queue still waiting: the next one.
  testDb.moveDigestPeriodBack(moderator.email, 3_600_000);
  await mailbox.waitFor(moderator.email, 2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('daily, then none: nothing more is sent', async ({ page }) => {
    const { moderator, witness } = accounts();
    oldestPendingComment(`jamais${Date.now().toString(36)}${process.pid}`);
    await signIn(page, moderator, '/admin/compte');
    await choose(page, 'Une fois par jour (à 8 h)');
    await mailbox.waitFor(moderator.email);
    await choose(page, 'Jamais');
    // A frequency the form does not offer, posted by hand: refused, next to the choices, and nothing changes.
    const forged = await page.request.post('/admin/compte', {
      multipart: { ...(await formFields(page, 'form[aria-labelledby="resume"]')), frequency: 'chaque-minute' },
      headers: { 'x-forwarded-for': moderator.ip },
    });
    expect(await forged.text()).toContain('Choisissez l’une des trois fréquences.');
    await page.goto('/admin/compte');
    await expect(page.getByRole('radio', { name: 'Jamais' })).toBeChecked();
    // A day has passed: a daily digest would be due again.
    testDb.moveDigestPeriodBack(moderator.email, 86_400_000);
    await afterAnotherTick(witness);
    expect(mailbox.messagesTo(moderator.email)).toHaveLength(1);
  });
});
