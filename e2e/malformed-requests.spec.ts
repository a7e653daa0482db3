import { expect, test } from '@playwright/test';
import { seedSlug } from './comment-helpers';
import { readCommentForm } from './comment-post';
import { multipart, rawRequest, type RawResponse } from './raw-http';

const article = `/article/${seedSlug}`;

function expectFrenchRefusal(response: RawResponse, status: number, text: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  expect(response.body).toContain('<html lang="fr">');
  expect(response.body).toContain(text);
  expect(response.headers['content-security-policy']).toBeTruthy();
}

test('a path that is not UTF-8 once decoded gets a French 400', async ({ baseURL }) => {
  for (const path of ['/article/%c0', '/rubrique/%ff', '/medias/..%c0%af', '/mot-cle/%e9t%e9/flux.xml']) {
    expectFrenchRefusal(await rawRequest(baseURL!, { path }), 400, 'Cette adresse n’est pas valide.');
  }
});

test('a form post too large, or chunked so that its size is unknown, is refused before it is read', async ({
  baseURL,
}) => {
  const form = await multipart({ body: 'x'.repeat(150_000), authorName: 'Gros', authorEmail: 'gros@example.com' });
  const chunked = await rawRequest(baseURL!, {
    path: article,
    method: 'POST',
    headers: { 'content-type': form.contentType, 'transfer-encoding': 'chunked' },
    body: form.body,
  });
  expectFrenchRefusal(chunked, 411, 'Votre envoi doit indiquer sa taille.');
  const sized = await rawRequest(baseURL!, {
    path: article,
    method: 'POST',
    headers: { 'content-type': form.contentType, 'content-length': String(form.body.length) },
    body: form.body,
  });
  expectFrenchRefusal(sized, 413, 'Votre envoi est trop volumineux.');
  const elsewhere = await multipart({ field: 'y'.repeat(300_000) });
  const other = await rawRequest(baseURL!, {
    path: '/admin/connexion',
    method: 'POST',
    headers: { 'content-type': elsewhere.contentType },
    body: elsewhere.body,
  });
  expectFrenchRefusal(other, 413, 'Votre envoi est trop volumineux.');
});

test('a server-action call with a body React never sends, or naming no action, gets French, never a 500', async ({
  baseURL,
}) => {
  const page = await rawRequest(baseURL!, { path: article });
  // The comment form's action, as its no-JavaScript form names it.
  const { id: actionId } = JSON.parse(readCommentForm(page.body)['$ACTION_1:0']!) as { id: string };
  const bogusId = '7f00000000000000000000000000000000000000';
  const refused = 'Cette demande n’a pas pu être lue.';
  const call = (id: string, type: string, body: string | Buffer) =>
    rawRequest(baseURL!, { path: article, method: 'POST', headers: { 'content-type': type, 'next-action': id }, body });

  for (const id of [actionId, bogusId]) {
    expectFrenchRefusal(await call(id, 'application/json', '{"body":"x"}'), 400, refused);
  }
  for (const body of ['bonjour', '["$K1"]', '{']) {
    // Text is how React calls an action from a form with no field: it reaches Next, which decodes it.
    const known = await call(actionId, 'text/plain;charset=UTF-8', body);
    expect(known.status).toBeLessThan(500);
    expect(known.body).toMatch(/<html lang="fr"/);
    expectFrenchRefusal(await call(bogusId, 'text/plain;charset=UTF-8', body), 400, refused);
  }
  // Form data naming an action that does not exist, or none at all: Next's own English 400, made French.
  const form = await multipart({ a: 'b' });
  expectFrenchRefusal(await call(bogusId, form.contentType, form.body), 400, refused);
  const noAction = await rawRequest(baseURL!, {
    path: article,
    method: 'POST',
    headers: { 'content-type': form.contentType },
    body: form.body,
  });
  expectFrenchRefusal(noAction, 400, refused);
});

test('a form posted from a page of another site gets a French 403', async ({ baseURL }) => {
  const hidden = readCommentForm((await rawRequest(baseURL!, { path: article })).body);
  const form = await multipart({
    ...hidden,
    body: 'Venu d’ailleurs',
    authorName: 'Ailleurs',
    authorEmail: 'a@example.com',
  });
  for (const origin of ['https://malveillant.example', 'null']) {
    const response = await rawRequest(baseURL!, {
      path: article,
      method: 'POST',
      headers: { 'content-type': form.contentType, origin },
      body: form.body,
    });
    expectFrenchRefusal(response, 403, 'Ce formulaire a été envoyé depuis un autre site');
  }
});
