import { expect, test } from './fixtures';
import { createStaff, signIn } from './staff-helpers';
import { openMember } from './team-helpers';

/*
 * The site always keeps an active admin. The rule is checked under the database's write lock, so two
 * admins demoting themselves at the same moment cannot both pass. Runs last (playwright.config.ts): it
 * needs to know every active admin, and every other spec creates some.
 */

test('the last active admin can be neither demoted nor disabled, even by two admins at once or a forged post', async ({
  browser,
  db,
}) => {
  const first = createStaff('admin', 'premier');
  const second = createStaff('admin', 'second');
  const others = db.disableAdminsExcept([first.email, second.email]);
  try {
    const pages = await Promise.all(
      [first, second].map(async (admin) => {
        const page = await (await browser.newContext()).newPage();
        await signIn(page, admin, '/admin');
        await openMember(page, admin.name);
        await page.getByLabel('Rôle').selectOption({ label: 'éditeur' });
        return page;
      }),
    );
    // Both step down at once: each sees the other as the admin who remains, unless the rule holds the lock.
    await Promise.all(pages.map((page) => page.getByRole('button', { name: 'Changer le rôle' }).click()));
    await Promise.all(pages.map((page) => page.waitForURL(/fait=|acces-refuse/)));
    const roles = [first, second].map((admin) => db.accountState(admin.email).role);
    expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
    const [last, lastPage] = roles[0] === 'admin' ? [first, pages[0]] : [second, pages[1]];
    await expect(lastPage.getByRole('alert').filter({ hasText: /^Impossible/ })).toHaveText(
      'Impossible : ce compte est le dernier administrateur actif. Nommez d’abord un autre administrateur.',
    );

    await lastPage.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(lastPage.getByRole('alert').filter({ hasText: 'dernier administrateur actif' }).first()).toBeVisible();

    // The same demotion posted by hand, past the page.
    const fields = await lastPage
      .locator('form', { has: lastPage.getByRole('button', { name: 'Changer le rôle' }) })
      .evaluate((form: HTMLFormElement) => Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)])));
    await lastPage.request.post(lastPage.url().replace(/\?.*$/, ''), { multipart: { ...fields, role: 'moderator' } });
    expect(db.accountState(last.email)).toEqual({ role: 'admin', disabled: false });
  } finally {
    db.enableUsers(others);
  }
});
