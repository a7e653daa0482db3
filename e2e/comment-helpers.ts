import { expect, type BrowserContext, type Page } from '@playwright/test';
import { ageCommentForm } from './fixtures';

export const seedSlug = 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc';

let counter = 0;
/** A commenter of one's own per test: unique e-mail and client address, so flood limits never cross tests. */
export function newCommenter(label: string) {
  const id = `${Date.now().toString(36)}${process.pid}${++counter}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\W+/g, '')}.${id}@example.com`,
    ip: `198.51.${counter % 250}.${(process.pid + counter) % 250}`,
  };
}

export async function useClientAddress(context: BrowserContext, ip: string) {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
}

export async function openArticle(page: Page, path: string) {
  return page.goto(path);
}

/**
 * With JavaScript, the form swaps the page's token for a fresh one when the reader starts writing: waits
 * for it, so that the aged token set next is not replaced by it.
 */
async function freshTokenInPlace(page: Page): Promise<void> {
  const read = () =>
    page.evaluate(() => {
      const token = document.querySelector<HTMLInputElement>('form.comment-form input[name="token"]')?.value ?? '';
      const asked = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('/api/jeton-commentaire'));
      return {
        scripted: '__next_f' in window,
        askedAt: asked ? performance.timeOrigin + asked.startTime : null,
        issuedAt: Number(token.split('.')[0].split(':')[1]),
      };
    });
  await expect
    .poll(async () => {
      const { scripted, askedAt, issuedAt } = await read();
      // The server's clock and the browser's are this machine's; a little slack for rounding. A token a
      // minute old is the aged one set below, sent back with a form that was refused or not stored.
      return !scripted || (askedAt !== null && (issuedAt >= askedAt - 50 || issuedAt < askedAt - 30_000));
    })
    .toBe(true);
}

export async function fillComment(
  page: Page,
  fields: { body?: string; name?: string; email?: string; url?: string; remember?: boolean },
) {
  const form = page.locator('form.comment-form');
  if (fields.body !== undefined)
    await form.getByRole('textbox', { name: 'Commentaire', exact: true }).fill(fields.body);
  if (fields.name !== undefined) await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(fields.name);
  if (fields.email !== undefined) await form.getByRole('textbox', { name: 'E-mail', exact: true }).fill(fields.email);
  if (fields.url !== undefined) await form.getByRole('textbox', { name: 'Site web', exact: true }).fill(fields.url);
  if (fields.remember) await form.getByLabel(/Enregistrer mon nom/).check();
}

/** Turns off the browser's own form checks (`required`, `type=email`), as a script posting directly would. */
export async function skipBrowserValidation(page: Page) {
  await page.locator('form.comment-form').evaluate((form: HTMLFormElement) => {
    form.noValidate = true;
  });
}

/** Sends the form as a person would, past the form's too-fast rule: its clock is moved, not waited for. */
export async function submitComment(page: Page) {
  await freshTokenInPlace(page);
  await ageCommentForm(page);
  await page
    .locator('form.comment-form')
    .getByRole('button', { name: /Laisser un commentaire|Envoyer la réponse/ })
    .click();
}

export async function expectHeldNotice(page: Page, body: string) {
  const mine = page.locator('.comment--held', { hasText: body });
  await expect(mine).toBeVisible();
  await expect(mine.getByText('Votre commentaire est en attente de modération.')).toBeVisible();
}
