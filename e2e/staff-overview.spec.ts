import { expect, test, testDb } from './fixtures';
import { createStaff, fillSignIn, signIn, setClientAddress } from './staff-helpers';

test('the overview counts the queue, charts 30 days and names the busiest articles', async ({ page }) => {
  const marker = `apercu${Date.now().toString(36)}`;
  for (let i = 0; i < 3; i++)
    testDb.insertComment({
      articleSlug: 'football-scolaire-64-lycees-engages-dans-le-tournoi-de-douala',
      body: `Vu ${i} ${marker}`,
    });
  await signIn(page, createStaff('moderator'));
  const figure = (label: string) =>
    page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd');
  // French numbers group thousands with a narrow no-break space: "1 010".
  const figureValue = async (label: string) => Number((await figure(label).textContent())!.replace(/\D/g, ''));
  // Other specs hold and approve comments meanwhile: the queue holds at least this spec's three.
  expect(await figureValue('En attente')).toBeGreaterThanOrEqual(3);
  expect(await figureValue('Reçus aujourd’hui')).toBeGreaterThanOrEqual(3);
  const chart = page.getByRole('img', { name: 'Commentaires reçus par jour, 30 derniers jours' });
  await expect(chart.locator('rect')).toHaveCount(30);
  await expect(chart.locator('rect').last().locator('title')).toHaveText(/: [1-9][\d\s]* commentaires?$/);
  const busiest = page.getByRole('region', { name: 'Les plus commentés des dernières 24 heures' });
  await expect(busiest.getByRole('link', { name: /Football scolaire/ })).toBeVisible();
  await busiest
    .getByRole('listitem')
    .filter({ hasText: /Football scolaire/ })
    .getByRole('link', { name: 'Modérer' })
    .click();
  await expect(page.getByText(/^Article : Football scolaire/)).toBeVisible();
});

test('the audit log: admins read and filter it', async ({ page }) => {
  const admin = createStaff('admin');
  await setClientAddress(page.context(), admin.ip);
  await page.goto('/admin/connexion');
  await fillSignIn(page, admin.email, 'pas le bon mot de passe');
  await signIn(page, admin, '/admin/journal');
  await expect(page.getByRole('heading', { name: 'Journal des actions' })).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: admin.name }).filter({ hasText: 'auth.signin' }).first(),
  ).toBeVisible();
  await page.getByLabel('Action').selectOption('auth.failure');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/action=auth.failure/);
  const actions = await page.getByRole('row').locator('td:nth-child(3)').allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(['auth.failure']));
});
