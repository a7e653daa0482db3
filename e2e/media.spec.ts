import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { picture } from './pictures';
import { alertMessage, createStaff, formFields, postForm, signIn } from './staff-helpers';

const youtube = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A decompression bomb: a valid PNG of a few hundred bytes announcing 30,000 × 30,000 pixels. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(30_000, 0);
  header.writeUInt32BE(30_000, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(30_001);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: 200 }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every address the page asks for that is not this site's. */
function thirdPartyRequests(page: Page, baseURL: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) seen.push(request.url());
  });
  return seen;
}

/** Clicks a submit button and waits for the server's answer and the page it leads to. */
async function submit(page: Page, button: ReturnType<Page['getByRole']>) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
  await answered;
  await page.waitForLoadState();
}

const saveArticle = (page: Page) => submit(page, page.getByRole('button', { name: 'Enregistrer', exact: true }));

test('an editor uploads two pictures, places one in the text with an embed, publishes once its alt text is given; readers get the figure and a link that loads nothing third-party', async ({
  page,
  browser,
  db,
  baseURL,
}) => {
  // Two uploads, two saves refused then accepted, and two readers: long on a loaded machine.
  test.setTimeout(90_000);
  const marker = Date.now().toString(36);
  const seed = Date.now();
  const editor = createStaff('editor');
  await signIn(page, editor);
  await page.getByRole('navigation', { name: 'Tableau de bord' }).getByRole('link', { name: 'Médiathèque' }).click();
  await page.getByLabel(/^Images \(JPEG/).setInputFiles([
    { name: `marche-${marker}.png`, mimeType: 'image/png', buffer: await picture(1600, 900, 'png', seed) },
    { name: `port-${marker}.jpg`, mimeType: 'image/jpeg', buffer: await picture(800, 600, 'jpeg', seed + 1) },
    { name: `faux-${marker}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') },
  ]);
  await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    '2 images ajoutées à la médiathèque. Un fichier refusé : pas une image JPEG, PNG ou WebP de 8 Mo au plus.',
  );
  const [market] = db.mediaNamed(`marche-${marker}.png`);
  expect(market).toMatchObject({ width: 1600, height: 900, alt: '' });
  expect(db.mediaNamed(`faux-${marker}.jpg`)).toEqual([]);

  // Found again by name, by alt text and by day.
  await page.getByLabel('Nom ou texte alternatif').fill(`port-${marker}`);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('form', { name: `Image port-${marker}.jpg` })).toBeVisible();
  await expect(page.getByRole('form', { name: `Image marche-${marker}.png` })).toHaveCount(0);
  const port = page.getByRole('form', { name: `Image port-${marker}.jpg` });
  await port.getByLabel('Texte alternatif').fill(`Le port de Kribi ${marker}`);
  await submit(page, port.getByRole('button', { name: 'Enregistrer' }));
  await expect(page.getByRole('status')).toHaveText('Image enregistrée.', { timeout: 20_000 });
  await page.goto(`/admin/medias?q=${encodeURIComponent(`Kribi ${marker}`)}`);
  await expect(page.getByRole('form', { name: `Image port-${marker}.jpg` })).toBeVisible();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Douala' }).format(new Date());
  await page.goto(`/admin/medias?jour=${today}&q=${marker}`);
  await expect(page.getByRole('form', { name: /^Image (marche|port)-/ })).toHaveCount(2);
  await page.goto(`/admin/medias?jour=2001-01-01&q=${marker}`);
  await expect(page.getByText('Aucune image.')).toBeVisible();

  // The article: the first picture placed in the text at the cursor, an embed, the second as its image.
  const title = `Le marché et le port ${marker}`;
  await page.goto('/admin/articles/nouveau');
  await page.getByLabel('Titre', { exact: true }).fill(title);
  const body = page.getByLabel('Texte (Markdown)');
  await body.fill(`Premier paragraphe.\n\n${youtube}`);
  await body.evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(19, 19));
  await page.getByText('Insérer une image de la médiathèque').click();
  await page.getByRole('button', { name: `Insérer marche-${marker}.png` }).click();
  await expect(body).toHaveValue(`Premier paragraphe.\n\n![](${market!.src})\n\n${youtube}`);
  await page.getByLabel('Image de la médiathèque').selectOption({ label: `port-${marker}.jpg` });
  await page.getByRole('radio', { name: 'Publié' }).check();

  // Refused while the picture in the text has no alt text, with the reason next to the text.
  await saveArticle(page);
  await expect(page.getByText(`Avant de publier, décrivez cette image`)).toBeVisible();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(new RegExp(`marche-${marker}\\.png`));
  expect(db.articleByTitle(title)).toBeUndefined();

  const library = await page.context().newPage();
  await library.goto(`/admin/medias?q=marche-${marker}`);
  const marketForm = library.getByRole('form', { name: `Image marche-${marker}.png` });
  await marketForm.getByLabel('Texte alternatif').fill(`Le marché central ${marker}`);
  await marketForm.getByLabel('Légende').fill('Un matin à Douala');
  await marketForm.getByLabel('Crédit').fill('Photo Kiosque');
  await submit(library, marketForm.getByRole('button', { name: 'Enregistrer' }));
  await expect(library.getByRole('status')).toHaveText('Image enregistrée.', { timeout: 20_000 });
  await library.close();

  await saveArticle(page);
  await expect(page.getByRole('status')).toHaveText('Article enregistré.', { timeout: 20_000 });
  const article = db.articleByTitle(title)!;
  expect(article).toMatchObject({ status: 'published', heroAlt: `Le port de Kribi ${marker}` });

  for (const javaScriptEnabled of [true, false]) {
    const reader = await browser.newContext({ javaScriptEnabled });
    const readerPage = await reader.newPage();
    const outside = thirdPartyRequests(readerPage, baseURL!);
    const violations: string[] = [];
    readerPage.on('console', (message) => {
      if (message.text().startsWith('CSP')) violations.push(message.text());
    });
    await readerPage.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    // The player, if it were ever asked for, is answered here: the test never reaches the provider.
    await readerPage.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>lecteur</p>' }),
    );
    const response = await readerPage.goto(`/article/${article.slug}`);
    expect(response!.headers()['content-security-policy']).toContain('frame-src https://www.youtube-nocookie.com');
    const figure = readerPage.locator('.article__body figure').filter({ has: readerPage.locator('img') });
    const image = figure.locator('img');
    await expect(image).toHaveAttribute('alt', `Le marché central ${marker}`);
    await expect(image).toHaveAttribute('width', '1600');
    await expect(image).toHaveAttribute('height', '900');
    await expect(image).toHaveAttribute('srcset', /w=640&q=75 640w, .* 1920w$/);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(figure.locator('figcaption')).toHaveText('Un matin à Douala Photo Kiosque');
    await expect(readerPage.locator('.article__hero img')).toHaveAttribute('alt', `Le port de Kribi ${marker}`);
    const embed = readerPage.getByRole('link', { name: 'Voir la vidéo sur YouTube' });
    await expect(embed).toHaveAttribute('href', youtube);
    await readerPage.waitForLoadState('networkidle');
    expect(outside).toEqual([]);

    if (javaScriptEnabled) {
      await embed.click();
      const player = readerPage.locator('iframe.embed__frame');
      await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      await expect(player).toHaveAttribute('title', 'Voir la vidéo sur YouTube');
      await expect.poll(() => outside).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
      expect(violations).toEqual([]);
    } else {
      await expect(readerPage.locator('iframe')).toHaveCount(0);
    }
    await reader.close();
  }
});

test('pasted player codes and addresses go through the allow-list; hostile ones are stripped', async ({ page }) => {
  await signIn(page, createStaff('editor'), '/admin/articles/nouveau');
  await page
    .getByLabel('Texte (Markdown)')
    .fill(
      [
        '<iframe width="560" height="315" src="https://www.dailymotion.com/embed/video/x8abcd1" allowfullscreen></iframe>',
        '<iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
        '<iframe src="javascript:alert(1)"></iframe>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
        '[vidéo](javascript:alert(1))',
      ].join('\n\n'),
    );
  await page.getByRole('button', { name: 'Aperçu du texte' }).click();
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('link', { name: 'Voir la vidéo sur Dailymotion' })).toHaveAttribute(
    'href',
    'https://www.dailymotion.com/video/x8abcd1',
  );
  await expect(preview.locator('[data-embed]')).toHaveCount(1);
  await expect(preview.locator('iframe, script')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(preview).not.toContainText('iframe');
  // A lookalike host stays a plain link, never offered to the player.
  await expect(
    preview.getByRole('link', { name: 'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ' }),
  ).not.toHaveAttribute('data-embed');
  // Frames are allowed on article pages only, from the players' origins only.
  for (const path of ['/', '/admin/articles/nouveau'])
    expect((await page.request.get(path)).headers()['content-security-policy']).not.toContain('frame-src');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an image is chosen before the first save from an upload; bombs and disguised files are refused; its words are asked once', async ({
    page,
    db,
  }) => {
    const marker = Date.now().toString(36);
    await signIn(page, createStaff('editor'), '/admin/articles/nouveau');
    const upload = page.getByRole('region', { name: 'Envoyer une nouvelle image' });
    for (const file of [
      { name: `bombe-${marker}.png`, mimeType: 'image/png', buffer: pngBomb() },
      { name: `faux-${marker}.png`, mimeType: 'image/png', buffer: Buffer.from('GIF89a<script>') },
    ]) {
      await upload.getByLabel(/^Fichier/).setInputFiles(file);
      await upload.getByRole('button', { name: 'Envoyer l’image' }).click();
      await expect(alertMessage(page)).toHaveText(
        'Ce fichier n’est pas une image JPEG, PNG ou WebP, ou elle est trop grande pour être lue.',
      );
      expect(db.mediaNamed(file.name)).toEqual([]);
    }

    await upload.getByLabel(/^Fichier/).setInputFiles({
      name: `une-${marker}.webp`,
      mimeType: 'image/webp',
      buffer: await sharp(await picture(640, 480, 'png', Date.now()))
        .webp()
        .toBuffer(),
    });
    await upload.getByRole('button', { name: 'Envoyer l’image' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Image ajoutée à la médiathèque et choisie : décrivez-la, puis enregistrez l’article.',
    );
    const [uploaded] = db.mediaNamed(`une-${marker}.webp`);
    await expect(page.getByLabel('Image de la médiathèque')).toHaveValue(String(uploaded!.id));
    // The image's words are asked once on the page, in the article's form.
    await expect(page.getByLabel('Texte alternatif de l’image')).toHaveCount(1);
    await expect(page.getByLabel('Légende')).toHaveCount(1);

    const title = `Une du jour ${marker}`;
    await page.getByLabel('Titre', { exact: true }).fill(title);
    await page.getByLabel('Texte (Markdown)').fill('Le texte.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText('Décrivez l’image pour qui ne la voit pas.')).toBeVisible();
    await page.getByLabel('Texte alternatif de l’image').fill(`La une ${marker}`);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Article enregistré.');
    expect(db.articleByTitle(title)).toMatchObject({ heroSrc: uploaded!.src, heroAlt: `La une ${marker}` });
    await expect(page.getByLabel('Texte alternatif de l’image')).toHaveCount(1);
    // Without JavaScript the library offers each picture's line to paste.
    await expect(page.locator('.picture-picker code').first()).toHaveText(/^!\[\]\(\/medias\/[0-9a-f]{32}\.\w+\)$/);
  });
});

for (const javaScriptEnabled of [true, false]) {
  test(`a picture is deleted after a confirmation, its file with it; one an article still shows is refused with where (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
    db,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const marker = `${Date.now().toString(36)}${javaScriptEnabled ? 'js' : 'nojs'}`;
    const seed = Date.now() + (javaScriptEnabled ? 0 : 1_000);
    await signIn(page, createStaff('editor'), '/admin/medias');
    await page.getByLabel(/^Images \(JPEG/).setInputFiles([
      { name: `garde-${marker}.png`, mimeType: 'image/png', buffer: await picture(320, 200, 'png', seed) },
      { name: `jetee-${marker}.png`, mimeType: 'image/png', buffer: await picture(320, 200, 'png', seed + 7) },
      { name: `tardive-${marker}.png`, mimeType: 'image/png', buffer: await picture(320, 200, 'png', seed + 13) },
    ]);
    await submit(page, page.getByRole('button', { name: 'Envoyer', exact: true }));
    const [kept] = db.mediaNamed(`garde-${marker}.png`);
    const [dropped] = db.mediaNamed(`jetee-${marker}.png`);
    const [late] = db.mediaNamed(`tardive-${marker}.png`);
    const used = db.insertArticle({ title: `Avec la garde ${marker}`, status: 'draft', bodyText: `![](${kept!.src})` });

    // Still shown by an article: no deletion is offered, the article is named and linked.
    await page.goto(`/admin/medias?q=${marker}`);
    await page.getByRole('link', { name: `Supprimer garde-${marker}.png` }).click();
    const confirmation = page.getByRole('region', { name: `Supprimer l’image garde-${marker}.png` });
    await expect(confirmation).toContainText('Cette image est encore utilisée');
    await expect(
      confirmation
        .getByRole('list', { name: 'Où l’image est utilisée' })
        .getByRole('link', { name: `Avec la garde ${marker}` }),
    ).toHaveAttribute('href', `/admin/articles/${used.id}`);
    await expect(confirmation.getByRole('button', { name: 'Supprimer définitivement' })).toHaveCount(0);

    // Confirmed once nothing shows it: gone from the library and from the site.
    expect((await page.request.get(dropped!.src)).status()).toBe(200);
    await page.goto(`/admin/medias?q=${marker}`);
    await page.getByRole('link', { name: `Supprimer jetee-${marker}.png` }).click();
    await expect(page.getByRole('region', { name: `Supprimer l’image jetee-${marker}.png` })).toContainText(
      'Cela ne peut pas être annulé.',
    );
    if (!javaScriptEnabled) {
      // A moderator replaying the confirmation's form (as a browser without JavaScript posts it) is refused.
      const moderator = createStaff('moderator');
      const elsewhere = await browser.newContext({ javaScriptEnabled: false });
      const moderatorPage = await elsewhere.newPage();
      await signIn(moderatorPage, moderator);
      const replay = await postForm(
        moderatorPage.request,
        '/admin/medias',
        await formFields(page, '#suppression form'),
        moderator.ip,
      );
      expect(replay).toEqual({ status: 303, location: '/admin/acces-refuse' });
      expect(db.mediaNamed(`jetee-${marker}.png`)).toHaveLength(1);
      await elsewhere.close();
    }
    await submit(page, page.getByRole('button', { name: 'Supprimer définitivement' }));
    await expect(page.getByRole('status')).toHaveText('Image supprimée de la médiathèque et du site.');
    await expect(page.getByRole('form', { name: `Image jetee-${marker}.png` })).toHaveCount(0);
    expect(db.mediaNamed(`jetee-${marker}.png`)).toEqual([]);
    expect((await page.request.get(dropped!.src)).status()).toBe(404);
    expect(db.auditEntries({ action: 'media.delete', targetId: dropped!.id })).toHaveLength(1);

    // An article takes the picture while its confirmation is open: the deletion is refused when sent.
    await page.goto(`/admin/medias?supprimer=${late!.id}`);
    const title = `Prise entre-temps ${marker}`;
    db.insertArticle({ title, status: 'draft', hero: { ...late!, alt: 'Une tardive' } });
    await submit(page, page.getByRole('button', { name: 'Supprimer définitivement' }));
    await expect(
      page.getByRole('region', { name: `Supprimer l’image tardive-${marker}.png` }).getByRole('alert'),
    ).toHaveText(/^Suppression refusée : cette image est encore utilisée\./);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    expect(db.mediaNamed(`tardive-${marker}.png`)).toHaveLength(1);
    expect((await page.request.get(late!.src)).status()).toBe(200);
    await context.close();
  });
}
