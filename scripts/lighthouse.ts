// `npm run lighthouse`: Lighthouse (default mobile emulation, all four categories) on the home page, a
// section page and the seed article, full and light (Save-Data: on), served by the production build on its own
// demo database (bench/lighthouse/), in Debian's Chromium. Prints the scores, the bytes each page load
// transferred by kind, and what kept any score below 100; writes bench/lighthouse.json.
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

const seedArticle = `/article/${articles[0]!.slug}`;
const pages: Record<string, { path: string; headers?: Record<string, string> }> = {
  accueil: { path: '/' },
  rubrique: { path: '/rubrique/kazakhstan' },
  article: { path: seedArticle },
  // The light version (scripts/light-responses.ts), as a browser in data-saver mode asks for it.
  'article-leger': { path: seedArticle, headers: { 'Save-Data': 'on' } },
};

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

type Scores = Record<string, number>;
type Bytes = Record<string, number>;
const results: Record<string, { url: string; scores: Scores; bytes: Bytes; below: string[] }> = {};
try {
  for (const [name, { path: pagePath, headers }] of Object.entries(pages)) {
    const url = `${server.base}${pagePath}`;
    const flags = { port: chrome.port, logLevel: 'error' as const, extraHeaders: headers };
    // A first pass fills the caches (the page, its optimised images) as earlier readers have; the second is measured.
    await lighthouse(url, flags);
    const runnerResult = await lighthouse(url, { ...flags, output: 'json' });
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = runnerResult;
    fs.writeFileSync(`bench/lighthouse/${name}.json`, runnerResult.report as string); // the full report
    const scores = Object.fromEntries(
      Object.values(lhr.categories).map((category) => [category.id, Math.round((category.score ?? 0) * 100)]),
    );
    // What cost points: every scored audit under 1, by category, so a score below 100 is explained.
    const below = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`),
    );
    // Transferred (compressed) bytes of the whole load, by kind of resource, as Lighthouse counted them.
    const summary = lhr.audits['resource-summary']?.details as
      { items: { resourceType: string; transferSize: number }[] } | undefined;
    const bytes = Object.fromEntries((summary?.items ?? []).map((item) => [item.resourceType, item.transferSize]));
    results[name] = { url: pagePath, scores, bytes, below };
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
console.table(Object.fromEntries(Object.entries(results).map(([name, result]) => [name, result.bytes])));
for (const [name, result] of Object.entries(results)) for (const line of result.below) console.log(`${name} — ${line}`);
