import sharp from 'sharp';
import { expect, test } from './fixtures';
import { createStaff, signIn } from './staff-helpers';

/*
 * The upload routes (media library, profile photos) check the post's Origin themselves. The attack: a page of
 * another site posts with the victim's session, and the request also says X-Forwarded-Host: <that site>, which
 * anyone can write. The Origin is compared with SITE_URL, so it is refused; the site's own Origin passes,
 * whatever that header says.
 */

const foreign = 'http://pirate.example';

test('an upload from another site is refused even when X-Forwarded-Host names that site', async ({
  page,
  baseURL,
  db,
}) => {
  const editor = createStaff('editor');
  await signIn(page, editor);
  const name = `origine-${Date.now().toString(36)}-${process.pid}.png`;
  const buffer = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a6ea5' } })
    .png()
    .toBuffer();
  const upload = (origin: string) =>
    page.request.post('/admin/medias/televerser', {
      multipart: { fichiers: { name, mimeType: 'image/png', buffer } },
      headers: { origin, 'x-forwarded-host': new URL(foreign).host, 'x-forwarded-for': editor.ip },
      maxRedirects: 0,
    });

  expect((await upload(foreign)).status()).toBe(403);
  expect(
    (
      await page.request.post('/admin/compte/photo', {
        multipart: { photo: { name, mimeType: 'image/png', buffer } },
        headers: { origin: foreign, 'x-forwarded-host': new URL(foreign).host, 'x-forwarded-for': editor.ip },
        maxRedirects: 0,
      })
    ).status(),
  ).toBe(403);
  expect(db.mediaNamed(name)).toHaveLength(0);

  const own = await upload(new URL(baseURL!).origin);
  expect(own.status()).toBe(303);
  expect(db.mediaNamed(name)).toHaveLength(1);
});
