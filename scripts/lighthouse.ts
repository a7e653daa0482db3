// `npm run lighthouse`: Lighthouse (default mobile emulation, all four categories) on the home page, a
// section page and the seed article, served by the production build on its own demo database
// (bench/lighthouse/), in Debian's Chromium. Prints the scores and what kept any below 100; writes bench/lighthouse.json.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { articles } from '@/db/seed-content';
import { startProductionServer } from './production-server';
import { chromiumArgs, chromiumPath } from './chromium';

const { values: args } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
const server = await startProductionServer({
  databasePath: 'bench/lighthouse/site.db',
  distDir: '.next-lighthouse',
  port: Number(process.env.LIGHTHOUSE_PORT ?? 3400),
  rebuild: args.rebuild,
});

const pages = {
  accueil: '/',
  rubrique: '/rubrique/kazakhstan',
  article: `/article/${articles[0]!.slug}`, // the seed article
};

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

type Scores = Record<string, number>;
const results: Record<string, { url: string; scores: Scores; below: string[] }> = {};
try {
  for (const [name, pagePath] of Object.entries(pages)) {
    const url = `${server.base}${pagePath}`;
    // A first pass fills the caches (the page, its optimised images) as earlier readers have; the second is measured.
    await lighthouse(url, { port: chrome.port, logLevel: 'error' });
    const runnerResult = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = runnerResult;
    fs.writeFileSync(`bench/lighthouse/${name}.json`, runnerResult.report as string); // the full report, for the details
    const scores = Object.fromEntries(
      Object.values(lhr.categories).map((category) => [category.id, Math.round((category.score ?? 0) * 100)]),
    );
    // What cost points: every scored audit under 1, by category, so a score below 100 is explained.
    const below = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`),
    );
    results[name] = { url: pagePath, scores, below };
  }
} finally {
  chrome.kill();
  server.stop();
}

fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync(
  'bench/lighthouse.json',
  `${JSON.stringify({ when: new Date().toISOString(), lighthouse: '12.2.3', results }, null, 2)}\n`,
);
console.table(Object.fromEntries(Object.entries(results).map(([name, result]) => [name, result.scores])));
for (const [name, result] of Object.entries(results)) for (const line of result.below) console.log(`${name} — ${line}`);
