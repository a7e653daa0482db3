import { type Browser } from '@playwright/test';
import { expect, test, testDb } from './fixtures';
import {
  alertMessage,
  createStaff,
  fillSignIn,
  freshAddress,
  setClientAddress,
  signIn,
  type StaffAccount,
} from './staff-helpers';

/*
 * Guessing staff passwords stays slow, but nobody on another address can keep a member out for more than
 * a few seconds (lib/login-throttle.ts). Clocks are moved in the database rather than waited for.
 */

const generic = 'E-mail ou mot de passe incorrect.';
const lockedForMinutes = /Trop de tentatives de connexion\. Réessayez dans 1[45] minutes\./;

async function signInPage(browser: Browser, ip: string) {
  const context = await browser.newContext();
  await setClientAddress(context, ip);
  const page = await context.newPage();
  await page.goto('/admin/connexion');
  return page;
}

test.describe('sign-in throttling', () => {
  let member: StaffAccount;
  test.beforeEach(() => {
    member = createStaff('editor', 'cible');
  });

  test('ten wrong passwords from one address do not keep the member out from theirs', async ({ browser, page }) => {
    const attackerAddress = freshAddress();
    const attacker = await signInPage(browser, attackerAddress);
    for (let i = 0; i < 5; i++) {
      await fillSignIn(attacker, member.email, `essai ${i}`);
      await expect(alertMessage(attacker)).toHaveText(generic);
    }
    for (let i = 5; i < 10; i++) {
      await fillSignIn(attacker, member.email, `essai ${i}`);
      await expect(alertMessage(attacker)).toHaveText(lockedForMinutes);
    }
    // Refused tries are not failures: the lock does not grow with them.
    expect(testDb.countFailedSignIns(member.email)).toBe(5);

    // A few seconds later, the member signs in from their own address.
    testDb.ageSignInAttempts(member.email, 10_000);
    await signIn(page, member);
    await expect(page).toHaveURL(/\/admin$/);

    // The attacker's address stays locked out of the account, even with the right password.
    await fillSignIn(attacker, member.email, member.password);
    await expect(alertMessage(attacker)).toHaveText(lockedForMinutes);
    await expect(attacker).toHaveURL(/\/admin\/connexion/);
    expect(testDb.auditEntries({ action: 'auth.locked', detailsContain: member.email })).toHaveLength(6);
    await attacker.context().close();
  });

  test('guesses from many addresses slow the account by seconds, never lock it', async ({ browser, page }) => {
    const botnet = Array.from({ length: 40 }, () => ({ email: member.email, ip: freshAddress() }));
    testDb.insertFailedSignIns(botnet, 0);
    const owner = await signInPage(browser, member.ip);
    await fillSignIn(owner, member.email, member.password);
    await expect(alertMessage(owner)).toHaveText(/Trop de tentatives sur ce compte\. Réessayez dans [1-5] secondes?\./);
    expect(testDb.auditEntries({ action: 'auth.slowed', detailsContain: member.email })).toHaveLength(1);
    await owner.context().close();

    // Five seconds after the last guess, the owner is in.
    testDb.ageSignInAttempts(member.email, 5_000);
    await signIn(page, member);
  });

  test('a member’s typos behind a shared address do not lock out the colleague at the next desk', async ({
    browser,
    page,
  }) => {
    const office = freshAddress();
    const typist = await signInPage(browser, office);
    for (let i = 0; i < 5; i++) {
      await fillSignIn(typist, member.email, `faute de frappe ${i}`);
      await expect(alertMessage(typist)).toHaveText(generic);
    }
    await fillSignIn(typist, member.email, member.password);
    await expect(alertMessage(typist)).toHaveText(lockedForMinutes);
    await typist.context().close();

    const colleague = createStaff('moderator', 'collegue');
    await signIn(page, { ...colleague, ip: office });
  });

  test('twenty failures from one address lock that address, whatever the accounts tried', async ({ browser, page }) => {
    const guesser = freshAddress();
    testDb.insertFailedSignIns(
      Array.from({ length: 19 }, (_, i) => ({ email: `devine.${i}.${Date.now()}@redaction.example`, ip: guesser })),
      60_000,
    );
    const attacker = await signInPage(browser, guesser);
    await fillSignIn(attacker, `devine.20.${Date.now()}@redaction.example`, 'motdepasse123');
    await expect(alertMessage(attacker)).toHaveText(generic);
    await fillSignIn(attacker, member.email, member.password);
    await expect(alertMessage(attacker)).toHaveText(lockedForMinutes);
    await attacker.context().close();

    // The account itself is not locked: its owner signs in from elsewhere.
    await signIn(page, member);
  });
});
