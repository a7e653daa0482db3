import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = {
  accueil: '/',
  rubrique: '/rubrique/kazakhstan',
  'mot-clé': '/mot-cle/otsc',
  auteur: null as string | null, // the seed article's author, found on its page
  article: '/article/la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [name, url] of Object.entries(pages)) {
      test(`${name} has no violations`, async ({ page }) => {
        let target = url;
        if (!target) {
          await page.goto(pages.article);
          target = (await page.locator('.byline a').getAttribute('href'))!;
        }
        const response = await page.goto(target);
        expect(response?.status()).toBe(200);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  });
}
