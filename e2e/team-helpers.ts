import { expect, type Browser, type Page } from '@playwright/test';
import { freshAddress, setClientAddress } from './staff-helpers';

/** Opens a member's page from the team page, as an admin finds it. */
export async function openMember(page: Page, name: string): Promise<void> {
  await page.goto('/admin/equipe');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Sends the invitation form and returns the single-use link it shows. */
export async function invite(page: Page, values: { name: string; email: string; role: string }): Promise<string> {
  await page.goto('/admin/equipe');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Inviter un membre' }) });
  await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(values.name);
  await form.getByRole('textbox', { name: 'E-mail' }).fill(values.email);
  await form.getByLabel('Rôle').selectOption({ label: values.role });
  await form.getByRole('button', { name: 'Créer l’invitation' }).click();
  const link = form.getByLabel('Lien à usage unique');
  await expect(link).toHaveValue(/\/admin\/lien\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** Fills the link page's password fields. */
export async function fillNewPassword(page: Page, password: string, confirm = password): Promise<void> {
  // Password fields have no role; their labels carry the required mark.
  await page.locator('#lien-nouveau').fill(password);
  await page.locator('#lien-confirmation').fill(confirm);
}

/** Joins through an invitation link as `name`, in a browser of one's own; answers the signed-in page on "Mon compte". */
export async function joinThroughLink(browser: Browser, link: string, name: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  await setClientAddress(context, freshAddress());
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole('heading', { name: 'Rejoindre la rédaction' })).toBeVisible();
  await newcomer.getByRole('textbox', { name: 'Nom affiché' }).fill(name);
  await fillNewPassword(newcomer, password);
  await newcomer.getByRole('button', { name: 'Enregistrer et se connecter' }).click();
  await expect(newcomer).toHaveURL(/\/admin\/compte\?bienvenue/);
  return newcomer;
}

/** Saves a bio on "Mon compte", then opens the author page, which shows it under the member's name. */
export async function writeBio(page: Page, name: string, bio: string): Promise<void> {
  const profile = page.locator('form', { has: page.getByRole('heading', { name: 'Profil' }) });
  await profile.getByLabel('Biographie').fill(bio);
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(profile.getByRole('status')).toHaveText('Profil enregistré.');
  await page.getByRole('link', { name: 'Voir la page d’auteur' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(bio)).toBeVisible();
}
