import { expect, test } from '@playwright/test';
import { seedSlug } from './comment-helpers';

const expected = {
  'content-security-policy':
    /default-src 'self'.*object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\), microphone=\(\), geolocation=\(\)/,
};

test('every kind of response carries the security headers', async ({ request }) => {
  const home = await request.get('/');
  const script = (await home.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)![1]!;
  const responses = {
    page: home,
    article: await request.get(`/article/${seedSlug}`),
    feed: await request.get('/flux.xml'),
    sitemap: await request.get('/sitemap.xml'),
    'route handler': await request.get('/api/sante'),
    'not found': await request.get('/pas-de-page-ici'),
    'admin page': await request.get('/admin/connexion'),
    'static asset': await request.get(script),
    'unknown media': await request.get('/medias/absent.jpg'),
    'refused request': await request.get('/article/%c0'),
  };
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers();
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name], `${kind}: ${name}`).toMatch(value);
    }
    // HSTS only when the site is served over https, which the test server is not.
    expect(headers['strict-transport-security'], kind).toBeUndefined();
  }
});

test('the article works with JavaScript under the policy, with no violation reported', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`/article/${seedSlug}`);
  // The App Router's client ran (it sets window.next when it starts): its scripts were allowed.
  await page.waitForFunction(() => 'next' in window);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const path of ['/', '/admin/connexion']) {
    await page.goto(path);
    await page.waitForFunction(() => 'next' in window);
  }
  expect(problems).toEqual([]);
});
