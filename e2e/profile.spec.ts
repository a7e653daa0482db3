import { expect, test } from './fixtures';
import { picture } from './pictures';
import { createStaff, signIn } from './staff-helpers';

/*
 * A member's own profile ("Mon compte"): name and bio through the one form pattern, the photo through a plain
 * multipart post, both shown on their author page, with JavaScript on and off.
 */

for (const javaScriptEnabled of [true, false]) {
  test(`a member writes their bio and sends their photo; the author page shows both (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
    db,
  }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const member = createStaff('editor', 'portrait');
    await signIn(page, member, '/admin/compte');

    // A refused save names what to fix and keeps the bio typed.
    const profile = page.locator('form', { has: page.getByRole('heading', { name: 'Profil' }) });
    const bio = `Reporter au service société depuis 2019 (${javaScriptEnabled ? 'js' : 'sans js'}).`;
    await profile.getByRole('textbox', { name: 'Nom affiché' }).fill('');
    await profile.getByLabel('Biographie').fill(bio);
    await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(profile.getByText('Indiquez un nom de 1 à 100 caractères.')).toBeVisible();
    await expect(profile.getByRole('textbox', { name: 'Nom affiché' })).toHaveAttribute('aria-invalid', 'true');
    await expect(profile.getByLabel('Biographie')).toHaveValue(bio);
    expect(db.profileOf(member.email).bio).toBe('');

    await profile.getByRole('textbox', { name: 'Nom affiché' }).fill(member.name);
    await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(profile.getByRole('status')).toHaveText('Profil enregistré.');

    // The photo: a file that is no picture is refused, a real one is kept re-encoded.
    const photoForm = page.locator('form#photo');
    await photoForm
      .getByLabel('Photo', { exact: true })
      .setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg onload=alert(1)>') });
    await photoForm.getByRole('button', { name: 'Envoyer la photo' }).click();
    await expect(page.locator('form#photo').getByRole('alert')).toHaveText(
      'Photo refusée : ce n’est pas une image JPEG, PNG ou WebP lisible.',
    );
    expect(db.profileOf(member.email).avatar).toBeNull();
    await photoForm.getByLabel('Photo', { exact: true }).setInputFiles({
      name: 'portrait.jpg',
      mimeType: 'image/jpeg',
      buffer: await picture(400, 400, 'jpeg', Date.now() + (javaScriptEnabled ? 0 : 0x800)),
    });
    await photoForm.getByRole('button', { name: 'Envoyer la photo' }).click();
    await expect(page.locator('form#photo').getByRole('status')).toHaveText('Photo enregistrée.');
    await expect(page.getByRole('img', { name: 'Photo actuelle' })).toBeVisible();
    const { avatar } = db.profileOf(member.email);
    expect(avatar).toMatch(/^\/medias\/[0-9a-f]{32}\.jpg$/);

    // A reader's view of the author page: the photo and the bio.
    const reader = await browser.newContext({ javaScriptEnabled });
    const authorPage = await reader.newPage();
    await authorPage.goto((await page.getByRole('link', { name: 'Voir la page d’auteur' }).getAttribute('href'))!);
    await expect(authorPage.getByRole('heading', { level: 1, name: member.name })).toBeVisible();
    await expect(authorPage.getByText(bio)).toBeVisible();
    const photo = authorPage.locator('img.avatar');
    await expect(photo).toHaveAttribute('src', new RegExp(encodeURIComponent(avatar!).replace(/[.]/g, '\\.')));
    const served = await authorPage.request.get((await photo.getAttribute('src'))!);
    expect(served.headers()['content-type']).toMatch(/^image\//);
    await Promise.all([reader.close(), context.close()]);
  });
}
