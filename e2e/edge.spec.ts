import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { expect, test, testDb } from './fixtures';
import { startVarnish, varnishInstalled, type Varnish } from '../scripts/edge/varnish';
import { readAgedCommentForm } from './comment-post';
import { seedSlug } from './comment-helpers';
import { createStaff, signIn } from './staff-helpers';

// The site behind Varnish, as `npm run start:edge` runs it: an origin of this spec's own (on the run's build and
// database) that purges the edge, and a varnishd in front of it. Its own origin, so that it can be stopped.
const base = Number(process.env.E2E_PORT ?? 3100) + 20;
const originPort = base;
const edgePort = base + 1;
const edge = `http://127.0.0.1:${edgePort}`;

test.describe.configure({ mode: 'serial' });
test.skip(!varnishInstalled(), 'Varnish is not installed (apt-get install -y varnish)');

let origin: ChildProcess;
let varnish: Varnish;

function startOrigin(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
      SITE_URL: edge,
      PORT: String(originPort),
      HOSTNAME: '127.0.0.1',
      TRUSTED_PROXIES: '127.0.0.1',
      EDGE_PURGE_URLS: edge,
    },
  });
}

/** A raw request, from a chosen local address (the loopback range is all this machine's). */
function send(method: string, url: string, headers: Record<string, string> = {}, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

async function until(check: () => Promise<boolean>, what: string) {
  await expect.poll(check, { message: what, timeout: 60_000, intervals: [250] }).toBe(true);
}

test.beforeAll(async () => {
  // Two servers to start (each waited for up to a minute below) on what may be a busy machine.
  test.setTimeout(150_000);
  origin = startOrigin();
  await until(async () => (await fetch(`http://127.0.0.1:${originPort}/`).catch(() => null))?.ok ?? false, 'origin up');
  varnish = startVarnish(edgePort, {
    originHost: '127.0.0.1',
    originPort,
    purgers: ['127.0.0.1'],
    healthPath: '/api/sante',
  });
  await until(async () => (await send('GET', `${edge}/`).catch(() => null))?.status === 200, 'edge up');
});

test.afterAll(async () => {
  origin?.kill('SIGTERM');
  await varnish?.stop();
});

test('a public page is cached: the second request is a hit, gzipped once, without Next’s own cache header', async () => {
  const page = `${edge}/rubrique/kazakhstan`;
  await send('PURGE', page);
  const first = await send('GET', page, { 'accept-encoding': 'gzip' });
  const second = await send('GET', page, { 'accept-encoding': 'gzip' });
  expect(first.headers['x-cache']).toBe('MISS');
  // HIT-STALE when the origin answered with its own stale copy, which the edge keeps for a second only.
  expect(second.headers['x-cache']).toMatch(/^HIT/);
  expect(second.headers['content-encoding']).toBe('gzip');
  expect(second.headers['x-nextjs-cache']).toBeUndefined();
  expect(second.headers['vary']).toBe('Accept-Encoding, Save-Data, Cookie');
  expect(Number(second.headers['age'])).toBeGreaterThanOrEqual(0);
  // A link shared with tracking parameters is the same cached copy.
  expect((await send('GET', `${page}?fbclid=abc123&utm_source=whatsapp`)).headers['x-cache']).toMatch(/^HIT/);
});

test('staff pages, searches and readers with personal cookies go to the origin', async () => {
  expect((await send('GET', `${edge}/admin/connexion`)).headers['x-cache']).toBe('PASS');
  expect((await send('GET', `${edge}/recherche?q=kazakhstan`)).headers['x-cache']).toBe('PASS');
  // A commenter's own data, and the personal links that open it: never a copy at the edge.
  expect((await send('GET', `${edge}/mes-donnees/espace`, { cookie: 'kq_donnees=x' })).headers['x-cache']).toBe('PASS');
  expect((await send('GET', `${edge}/mes-donnees/lien/abc`)).headers['x-cache']).toBe('PASS');
  const article = `${edge}/article/${seedSlug}`;
  await send('GET', article);
  expect((await send('GET', article)).headers['x-cache']).toMatch(/^HIT/);
  expect((await send('GET', article, { cookie: 'kq_attente=x' })).headers['x-cache']).toBe('PASS');
  expect((await send('GET', article, { cookie: 'kq_commentateur=x' })).headers['x-cache']).toBe('PASS');
  // Any other cookie changes nothing.
  expect((await send('GET', article, { cookie: 'kq_lecteur=x; _ga=1' })).headers['x-cache']).toMatch(/^HIT/);
});

test('the light and the full version are cached apart under one address, and purged together', async () => {
  const article = `${edge}/article/${seedSlug}`;
  const scripted = (body: string) => body.includes('__next_f');
  await send('PURGE', article);
  expect((await send('GET', article)).headers['x-cache']).toBe('MISS');
  const first = await send('GET', article, { 'save-data': 'on' });
  expect(first.headers['x-cache']).toBe('MISS');
  expect(scripted(first.body)).toBe(false);

  // Save-Data is normalised to on or off, and the footer's choice in the cookie counts over it.
  const light = await send('GET', article, { 'save-data': 'On ' });
  expect(light.headers['x-cache']).toMatch(/^HIT/);
  expect(scripted(light.body)).toBe(false);
  expect(light.headers['content-security-policy']).toContain("script-src 'none'");
  expect(light.headers['vary']).toBe('Accept-Encoding, Save-Data, Cookie');
  const chosen = await send('GET', article, { cookie: '_ga=1; kq_version=legere' });
  expect(chosen.headers['x-cache']).toMatch(/^HIT/);
  expect(scripted(chosen.body)).toBe(false);
  const full = await send('GET', article, { 'save-data': 'on', cookie: 'kq_version=complete' });
  expect(full.headers['x-cache']).toMatch(/^HIT/);
  expect(scripted(full.body)).toBe(true);
  expect(scripted((await send('GET', article, { 'save-data': 'off' })).body)).toBe(true);

  await send('PURGE', article);
  expect((await send('GET', article, { 'save-data': 'on' })).headers['x-cache']).toBe('MISS');
  expect((await send('GET', article)).headers['x-cache']).toBe('MISS');
  // The switch sets a cookie: never cached.
  expect((await send('GET', `${edge}/version/legere`)).headers['x-cache']).toBe('PASS');
});

test('only the origin may purge', async () => {
  const foreign = await send('PURGE', `${edge}/`, {}, '127.0.0.2');
  expect(foreign.status).toBe(403);
  expect((await send('GET', `${edge}/`)).status).toBe(200);
  expect((await send('GET', `${edge}/`)).headers['x-cache']).toMatch(/^HIT/);
  expect((await send('PURGE', `${edge}/`)).status).toBe(200);
  expect((await send('GET', `${edge}/`)).headers['x-cache']).toBe('MISS');
});

test('a moderator’s approval reaches readers of the cached article through the edge', async ({ browser, request }) => {
  // A staff account is created by the command-line tool and signs in (Argon2): slow on a busy machine.
  test.slow();
  const article = `${edge}/article/${seedSlug}`;
  const id = Date.now().toString(36);
  const body = `Vu à travers le cache ${id}`;
  const author = { name: `Lectrice du cache ${id}`, email: `cache.${id}@example.com` };
  // The cached copy, before the comment exists.
  await send('GET', article);
  expect((await send('GET', article)).headers['x-cache']).toMatch(/^HIT/);

  // A first comment waits for moderation (its form's clock moved past the too-fast rule).
  const form = await readAgedCommentForm((await send('GET', article)).body);
  const posted = await request.post(article, {
    multipart: { ...form, body, authorName: author.name, authorEmail: author.email },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  expect((await send('GET', article)).body).not.toContain(body);

  const moderator = createStaff('moderator', 'edge');
  const context = await browser.newContext({ baseURL: edge });
  const page = await context.newPage();
  await signIn(page, moderator, '/admin/commentaires');
  await page.getByRole('searchbox', { name: /Rechercher/ }).fill(author.email);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const row = page.getByRole('article', { name: author.name });
  await row.getByRole('button', { name: 'Approuver' }).click();
  await expect(page.getByRole('status')).toContainText('1 commentaire approuvé.');
  await context.close();

  // The purge is sent once the moderator's answer is out; the reader's next request fetches the new page.
  await until(async () => (await send('GET', article)).body.includes(body), 'approved comment visible via the edge');
  expect((await send('GET', article, { 'save-data': 'on' })).body).toContain(body);
  // The address the edge saw, not one a client could write.
  expect(testDb.commentIpOf(author.email)).toBe('127.0.0.1');
});

test('while the origin is down, cached pages are still served and a comment post gets a French 503', async () => {
  // The origin is stopped and started again: slow on a busy machine.
  test.slow();
  const article = `${edge}/article/${seedSlug}`;
  await send('GET', article);
  expect((await send('GET', article)).headers['x-cache']).toMatch(/^HIT/);
  origin.kill('SIGTERM');
  await new Promise((resolve) => origin.once('exit', resolve));

  // The probe marks the origin sick within a few seconds; cached pages stay up all along.
  await until(async () => (await send('GET', `${edge}/admin/connexion`)).status === 503, 'origin seen as down');
  const stale = await send('GET', article);
  expect(stale.status).toBe(200);
  expect(stale.body).toContain('Kazakhstan');
  const post = await send('POST', article, { 'content-type': 'application/x-www-form-urlencoded' });
  expect(post.status).toBe(503);
  expect(post.headers['retry-after']).toBe('30');
  expect(post.body).toContain('Service momentanément indisponible');
  expect(post.body).toContain('votre texte y est encore');

  origin = startOrigin();
  await until(async () => (await send('GET', `${edge}/admin/connexion`)).status === 200, 'origin back');
});
