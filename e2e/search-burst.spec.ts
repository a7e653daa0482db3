import { expect, test } from './fixtures';
import { seedSlug } from './comment-helpers';

test('a burst of searches is answered at once, some with a French 503, and articles are still served', async ({
  request,
}) => {
  const words = ['kazakhstan', 'otsc', 'football', 'cacao', 'douala', 'budget', 'route', 'sante', 'eau', 'ecole'];
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, n) => request.get(`/recherche?q=${words[n % 10]}+${words[(n * 3 + 1) % 10]}`)),
  );
  const statuses = answers.map((answer) => answer.status());
  expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
  const busy = answers.find((answer) => answer.status() === 503);
  expect(busy, 'some searches are turned away while others render').toBeDefined();
  expect(busy!.headers()['retry-after']).toBe('30');
  expect(await busy!.text()).toContain('La recherche est très demandée en ce moment');
  expect((await request.get(`/article/${seedSlug}`)).status()).toBe(200);
});
