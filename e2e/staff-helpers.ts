import { execFileSync } from 'node:child_process';
import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';

export type Role = 'admin' | 'editor' | 'moderator';
export type StaffAccount = { email: string; password: string; name: string; role: Role; ip: string };

let counter = 0;

/** Runs the staff command-line tool against the run's database, as an administrator would. */
export function staffCli(command: string, args: string[]): string {
  return execFileSync('npx', ['tsx', '--conditions=react-server', 'scripts/users.ts', command, ...args], {
    env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH },
    encoding: 'utf8',
    // Captured, so that a failure's message says why.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A client address of a test's own: lockouts count per address, and runs may share a database. */
export function freshAddress(): string {
  counter++;
  return `10.${(process.pid + Math.floor(Date.now() / 1000)) % 250}.${Math.floor(counter / 250) % 250}.${counter % 250}`;
}

/** A fresh staff account of a role, created with `npm run user:create`, with its own client address (lockouts never cross tests). */
export function createStaff(role: Role, label: string = role): StaffAccount {
  const id = `${Date.now().toString(36)}${process.pid}${++counter}`;
  const account = {
    email: `${label}.${id}@redaction.example`,
    password: `mot de passe ${id}`,
    name: `${label[0].toUpperCase()}${label.slice(1)} ${id}`,
    role,
    ip: freshAddress(),
  };
  staffCli('create', [
    '--email',
    account.email,
    '--name',
    account.name,
    '--role',
    role,
    '--password',
    account.password,
  ]);
  return account;
}

export async function setClientAddress(context: BrowserContext, ip: string) {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
}

/** Fills and sends the sign-in form, waiting for the server's answer (the previous error stays on screen meanwhile). */
export async function fillSignIn(page: Page, email: string, password: string) {
  // The previous try settled first: React resets the form's fields when an action ends, and a reset
  // landing after the fill would send an empty password (the browser then sends nothing at all).
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().includes('/admin/connexion'),
  );
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await answered;
}

/** The page's error message (Next's empty route announcer is an alert too). */
export function alertMessage(page: Page) {
  return page.getByRole('alert').filter({ hasText: /\S/ });
}

/** Signs in through the form and lands on the dashboard (or `path`). */
export async function signIn(page: Page, account: StaffAccount, path = '/admin') {
  await setClientAddress(page.context(), account.ip);
  await page.goto(path);
  await expect(page).toHaveURL(/\/admin\/connexion/);
  await fillSignIn(page, account.email, account.password);
  await expect(page.getByRole('button', { name: 'Se déconnecter', exact: true })).toBeVisible();
}

/**
 * Every field of a form as the server rendered it, the server action's hidden ids included: what a
 * browser without JavaScript (or a script) would post.
 */
export async function formFields(page: Page, selector: string, pick = 0): Promise<Record<string, string>> {
  return page
    .locator(selector)
    .nth(pick)
    .evaluate((form: HTMLFormElement) => {
      const fields: Record<string, string> = {};
      for (const [name, value] of new FormData(form))
        if (typeof value === 'string' && !(name in fields)) fields[name] = value;
      return fields;
    });
}

/** Posts a form as a plain form submission; answers with the status and where it redirects. */
export async function postForm(
  request: APIRequestContext,
  path: string,
  fields: Record<string, string>,
  ip = '192.0.2.200',
) {
  const response = await request.post(path, { multipart: fields, headers: { 'x-forwarded-for': ip }, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'] ?? null };
}
