import { expect, test, testDb } from './fixtures';
import { seedSlug } from './comment-helpers';
import { readAgedCommentForm } from './comment-post';
import { multipart, rawRequest } from './raw-http';

// The e2e server trusts 127.0.0.1 as its reverse proxy (playwright.config.ts). A connection from
// 127.0.0.2 is a client reaching the site directly: nothing it writes in X-Forwarded-For is believed.
const DIRECT_CLIENT = '127.0.0.2';
const article = `/article/${seedSlug}`;

test('a comment stores the address of the connection, or the one its proxy saw, never one the client wrote', async ({
  baseURL,
}) => {
  const page = await rawRequest(baseURL!, { path: article, from: DIRECT_CLIENT });
  const hidden = await readAgedCommentForm(page.body);
  const post = async (email: string, forwardedFor: string, from?: string) => {
    const form = await multipart({ ...hidden, body: 'Un avis posé ici.', authorName: 'Lecteur', authorEmail: email });
    const response = await rawRequest(baseURL!, {
      path: article,
      method: 'POST',
      headers: { 'content-type': form.contentType, 'x-forwarded-for': forwardedFor },
      body: form.body,
      from,
    });
    expect(response.status).toBe(303);
  };
  const run = Date.now();

  // Straight to the site, with a made-up address: the socket's is stored.
  await post(`direct.${run}@example.com`, '198.51.100.77', DIRECT_CLIENT);
  expect(testDb.commentIpOf(`direct.${run}@example.com`)).toBe(DIRECT_CLIENT);

  // Through the trusted proxy, which appended the client's address after the one the client made up.
  await post(`proxied.${run}@example.com`, '198.51.100.77, 203.0.113.50');
  expect(testDb.commentIpOf(`proxied.${run}@example.com`)).toBe('203.0.113.50');
});

test('24 sign-in guesses, each with a new forged X-Forwarded-For, all count against the one connection', async ({
  baseURL,
}) => {
  const email = `devine.${Date.now()}@example.com`;
  const csrf = await rawRequest(baseURL!, { path: '/api/auth/csrf', from: DIRECT_CLIENT });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; ');
  for (let guess = 0; guess < 24; guess++) {
    const response = await rawRequest(baseURL!, {
      path: '/api/auth/callback/credentials',
      method: 'POST',
      from: DIRECT_CLIENT,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'x-forwarded-for': `198.18.${guess}.${guess + 1}`,
      },
      body: new URLSearchParams({ csrfToken, email, password: `essai-${guess}` }).toString(),
    });
    expect(response.status).toBeLessThan(500);
  }
  expect(testDb.signInAddressesFor(email)).toEqual([DIRECT_CLIENT]);
});
