import { expect, type Page } from '@playwright/test';
import { formTokenRenderedEarlier } from '../comment-post';

export type CommentFields = {
  body?: string;
  name?: string;
  email?: string;
  url?: string;
  remember?: boolean;
  /** Ticks "Me prévenir par e-mail des réponses…". */
  notify?: boolean;
};

/** The comment form under an article, as a reader uses it: fields found by their labels, sent at a person's pace. */
export class CommentForm {
  constructor(private readonly page: Page) {}

  get form() {
    return this.page.locator('form.comment-form');
  }

  field(label: 'Commentaire' | 'Nom' | 'E-mail' | 'Site web') {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fields: CommentFields) {
    if (fields.body !== undefined) await this.field('Commentaire').fill(fields.body);
    if (fields.name !== undefined) await this.field('Nom').fill(fields.name);
    if (fields.email !== undefined) await this.field('E-mail').fill(fields.email);
    if (fields.url !== undefined) await this.field('Site web').fill(fields.url);
    if (fields.remember) await this.form.getByLabel(/Enregistrer mon nom/).check();
    if (fields.notify) await this.form.getByLabel('Me prévenir par e-mail des réponses à mon commentaire').check();
  }

  /** Turns off the browser's own form checks (`required`, `type=email`), as a script posting directly would. */
  async skipBrowserValidation() {
    await this.form.evaluate((form: HTMLFormElement) => {
      form.noValidate = true;
    });
  }

  /** Sends the form as a person would, past the form's too-fast rule: its clock is moved, not waited for. */
  async submit() {
    await this.freshTokenInPlace();
    await this.age();
    await this.form.getByRole('button', { name: /Laisser un commentaire|Envoyer la réponse/ }).click();
  }

  /** Makes the form look rendered a minute ago, so it can be sent at once. */
  async age() {
    const articleId = Number(await this.form.locator('input[name="articleId"]').inputValue());
    const token = await formTokenRenderedEarlier(articleId);
    await this.form.locator('input[name="token"]').evaluate((input: HTMLInputElement, value) => {
      input.value = value;
    }, token);
  }

  async post(fields: CommentFields) {
    await this.fill(fields);
    await this.submit();
  }

  /** The author's own view of a held comment: the text, and the notice that it waits for moderation. */
  async expectHeld(body: string) {
    const mine = this.page.locator('.comment--held', { hasText: body });
    await expect(mine).toBeVisible();
    await expect(mine.getByText('Votre commentaire est en attente de modération.')).toBeVisible();
  }

  /**
   * With JavaScript, the form swaps the page's token for a fresh one when the reader starts writing: waits
   * for it, so that the aged token set next is not replaced by it.
   */
  private async freshTokenInPlace() {
    const read = () =>
      this.page.evaluate(() => {
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
        // minute old is the aged one set by submit(), sent back with a form that was refused or not stored.
        return !scripted || (askedAt !== null && (issuedAt >= askedAt - 50 || issuedAt < askedAt - 30_000));
      })
      .toBe(true);
  }
}
