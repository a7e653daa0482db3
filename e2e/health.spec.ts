import { expect, test } from '@playwright/test';

test('the health route answers ok, plain and uncached, for load balancers', async ({ request }) => {
  const response = await request.get('/api/sante');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('ok');
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  expect(response.headers()['cache-control']).toBe('no-store');
});
