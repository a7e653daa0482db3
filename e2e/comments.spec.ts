import { newCommenter, seedSlug, useClientAddress } from './comment-helpers';
import { expect, test } from './fixtures';

const article = `/article/${seedSlug}`;

for (const javaScriptEnabled of [false, true]) {
  test.describe(`comments with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the form is labelled as in the newsroom, required fields marked', async ({ page }) => {
      await page.goto(article);
      const form = page.locator('form.comment-form');
      await expect(form.getByRole('heading', { name: 'Laisser un commentaire' })).toBeVisible();
      await expect(
        form.getByText('Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'),
      ).toBeVisible();
      for (const label of ['Commentaire', 'Nom', 'E-mail']) {
        await expect(form.getByRole('textbox', { name: label, exact: true })).toHaveAttribute('required', '');
        await expect(form.getByRole('textbox', { name: label, exact: true })).toHaveAttribute('aria-required', 'true');
      }
      await expect(form.getByRole('textbox', { name: 'Site web', exact: true })).not.toHaveAttribute('required', '');
      await expect(
        form.getByLabel(
          'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
        ),
      ).not.toBeChecked();
    });

    for (const [field, label, message] of [
      ['body', 'Commentaire', 'Écrivez votre commentaire.'],
      ['name', 'Nom', 'Indiquez votre nom.'],
      ['email', 'E-mail', 'Indiquez votre adresse e-mail.'],
    ] as const) {
      test(`a whitespace-only ${label} is refused by the server, the rest kept`, async ({
        page,
        context,
        db,
        commentForm,
      }) => {
        const who = newCommenter('Requis');
        await useClientAddress(context, who.ip);
        await page.goto(article);
        // As a script would: the browser's own checks are switched off, so only the server decides.
        await commentForm.skipBrowserValidation();
        const values = { body: `Mon avis ${who.name}`, name: who.name, email: who.email, [field]: '   ' };
        await commentForm.post(values);
        const input = page.locator('form.comment-form').getByRole('textbox', { name: label, exact: true });
        await expect(page.getByText(message)).toBeVisible();
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAttribute('aria-describedby', /erreur/);
        for (const [other, otherLabel] of [
          ['body', 'Commentaire'],
          ['name', 'Nom'],
          ['email', 'E-mail'],
        ] as const) {
          if (other !== field)
            await expect(
              page.locator('form.comment-form').getByRole('textbox', { name: otherLabel, exact: true }),
            ).toHaveValue(values[other]);
        }
        expect(db.countComments({ authorEmail: who.email }) + db.countComments({ authorName: who.name })).toBe(0);
      });
    }

    test('an invalid e-mail and a javascript: site are refused with their messages', async ({
      page,
      context,
      db,
      commentForm,
    }) => {
      const who = newCommenter('Invalide');
      await useClientAddress(context, who.ip);
      await page.goto(article);
      await commentForm.skipBrowserValidation();
      await commentForm.post({
        body: 'Un avis.',
        name: who.name,
        email: 'pas-une-adresse',
        url: 'javascript:alert(1)',
      });
      await expect(page.getByText('Cette adresse e-mail n’est pas valide')).toBeVisible();
      await expect(page.getByText('L’adresse du site doit commencer par http:// ou https://.')).toBeVisible();
      expect(db.countComments({ authorName: who.name })).toBe(0);
    });

    test('a first comment is held and shown only to its author; once approved, the next is published at once', async ({
      page,
      context,
      browser,
      db,
      commentForm,
    }) => {
      const who = newCommenter('Premier');
      await useClientAddress(context, who.ip);
      await page.goto(article);
      const first = `Premier commentaire de ${who.name}.\nSur deux lignes.`;
      await commentForm.post({ body: first, name: who.name, email: who.email });
      await commentForm.expectHeld(`Premier commentaire de ${who.name}.`);
      expect(db.countComments({ authorEmail: who.email, status: 'pending', heldReason: 'first-comment' })).toBe(1);

      const stranger = await browser.newContext({ javaScriptEnabled });
      const strangerPage = await stranger.newPage();
      await strangerPage.goto(article);
      await expect(strangerPage.getByText(`Premier commentaire de ${who.name}.`)).toHaveCount(0);

      db.approveCommentsOf(who.email);
      db.backdateCommentsOf(who.email, 20); // as if the 15-second flood interval had passed
      await page.goto(article);
      const second = `Deuxième avis de ${who.name}, publié sans attente.`;
      await commentForm.post({ body: second, name: who.name, email: who.email });
      const published = page.locator('.comment', { hasText: second });
      await expect(published).toBeVisible();
      await expect(published).not.toHaveClass(/comment--held/);
      await expect(page).toHaveURL(/#comment-\d+$/);
      await strangerPage.goto(article);
      await expect(strangerPage.locator('.comment', { hasText: second })).toBeVisible();
      await stranger.close();
    });

    test('duplicates and floods are refused with their messages', async ({ page, context, db, commentForm }) => {
      const who = newCommenter('Rapide');
      await useClientAddress(context, who.ip);
      await page.goto(article);
      const body = `Un avis de ${who.name}.`;
      await commentForm.post({ body, name: who.name, email: who.email });
      await commentForm.expectHeld(body);

      await page.goto(article);
      await commentForm.post({ body, name: who.name, email: who.email });
      await expect(page.getByText('Commentaire en double')).toBeVisible();

      await page.goto(article);
      await commentForm.post({ body: `${body} Encore.`, name: who.name, email: who.email });
      await expect(page.getByText('Vous publiez trop vite')).toBeVisible();
      await expect(
        page.locator('form.comment-form').getByRole('textbox', { name: 'Commentaire', exact: true }),
      ).toHaveValue(`${body} Encore.`);
      expect(db.countComments({ authorEmail: who.email })).toBe(1);
    });
  });
}

test.describe('threads, replies and reports with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reply lands under its parent through the ?repondre= link', async ({ page, context, commentForm }) => {
    const who = newCommenter('Réponse');
    await useClientAddress(context, who.ip);
    await page.goto(article);
    const parent = page.locator('.comment-list > li > .comment').first();
    const parentId = (await parent.getAttribute('id'))!;
    await parent.getByRole('link', { name: /Répondre à/ }).click();
    await expect(page).toHaveURL(/\?repondre=\d+#commentaires$/);
    await expect(page.getByRole('heading', { name: /Répondre à/ })).toBeVisible();
    const body = `Ma réponse, ${who.name}.`;
    await commentForm.post({ body, name: who.name, email: who.email });
    await expect(page.locator(`li:has(> #${parentId}) .comment-replies .comment`, { hasText: body })).toBeVisible();
  });

  test('closed articles show their comments and no form', async ({ page }) => {
    await page.goto('/article/listes-electorales-la-revision-annuelle-lancee-dans-les-communes-du-centre');
    await expect(page.getByText('Les commentaires sont fermés.')).toBeVisible();
    await expect(page.locator('form.comment-form')).toHaveCount(0);
  });

  test('three readers reporting a comment take it down', async ({ browser, db }) => {
    // Three readers are three people: three addresses (one address counts once, see comment-reports.spec.ts).
    const readers = await Promise.all(
      [1, 2, 3].map((n) =>
        browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${n}` } }),
      ),
    );
    const target = newCommenter('Signalé');
    const id = db.insertComment({
      articleId: db.articleId(seedSlug),
      authorName: target.name,
      authorEmail: target.email,
      body: 'Un commentaire injurieux.',
      status: 'approved',
    });
    for (const [i, reader] of readers.entries()) {
      const page = await reader.newPage();
      await page.goto(`${article}?signale=0#comment-${id}`);
      const comment = page.locator(`#comment-${id}`);
      await comment.getByRole('link', { name: 'Signaler' }).click();
      await comment.getByLabel('Motif').selectOption('insulte');
      await comment.getByRole('button', { name: 'Envoyer le signalement' }).click();
      if (i < 2)
        await expect(
          page.locator(`#comment-${id}`).getByText('Merci, votre signalement a été enregistré.'),
        ).toBeVisible();
      // A second report by the same reader is not counted.
      if (i === 0) {
        await page.goto(`${article}?signaler=${id}#comment-${id}`);
        await page.locator(`#comment-${id}`).getByRole('button', { name: 'Envoyer le signalement' }).click();
      }
    }
    expect(db.countComments({ id, status: 'pending', heldReason: 'reports', reportCount: 3 })).toBe(1);
    const page = await readers[0].newPage();
    await page.goto(article);
    await expect(page.locator(`#comment-${id}`)).toHaveCount(0);
    await Promise.all(readers.map((reader) => reader.close()));
  });
});

test.describe('with JavaScript on', () => {
  test('a reader posts with the keyboard alone', async ({ page, context, commentForm }) => {
    const who = newCommenter('Clavier');
    await useClientAddress(context, who.ip);
    await page.goto(article);
    await page.locator('form.comment-form').getByRole('textbox', { name: 'Commentaire', exact: true }).focus();
    await page.keyboard.type(`Écrit au clavier par ${who.name}.`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who.email);
    await page.keyboard.press('Tab'); // Site web, left empty
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /Enregistrer mon nom/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /Me prévenir par e-mail/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.locator('form.comment-form').getByRole('button', { name: 'Laisser un commentaire' }),
    ).toBeFocused();
    await commentForm.age();
    await page.keyboard.press('Enter');
    await commentForm.expectHeld(`Écrit au clavier par ${who.name}.`);
  });

  test('the reply form opens under the comment without a reload and the reply lands there', async ({
    page,
    context,
    commentForm,
  }) => {
    const who = newCommenter('EnLigne');
    await useClientAddress(context, who.ip);
    await page.goto(article);
    const parent = page.locator('.comment-list > li > .comment').first();
    const parentId = (await parent.getAttribute('id'))!;
    await parent.getByRole('link', { name: /Répondre à/ }).click();
    await expect(page).toHaveURL(new RegExp(`${article}$`)); // no navigation
    const inline = page.locator(`#${parentId} .reply-slot form.comment-form`);
    await expect(inline.getByRole('heading', { name: /Répondre à/ })).toBeVisible();
    await expect(inline.getByRole('textbox', { name: 'Commentaire', exact: true })).toBeFocused();
    const body = `Réponse en ligne de ${who.name}.`;
    await commentForm.post({ body, name: who.name, email: who.email });
    await expect(
      page.locator(`li:has(> #${parentId}) .comment-replies .comment--held`, { hasText: body }),
    ).toBeVisible();
  });
});
