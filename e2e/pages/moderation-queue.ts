import { expect, type Page } from '@playwright/test';

/** The moderation queue (/admin/commentaires), as a moderator reads and acts on it. */
export class ModerationQueue {
  constructor(private readonly page: Page) {}

  /** One comment of the queue, named by its author. */
  row(authorName: string) {
    return this.page.getByRole('article', { name: authorName });
  }

  async search(text: string, perPage = '25') {
    await this.page.getByRole('searchbox', { name: /Rechercher/ }).fill(text);
    await this.page.getByRole('combobox', { name: 'Par page' }).selectOption(perPage);
    await this.page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(this.page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
  }
}
