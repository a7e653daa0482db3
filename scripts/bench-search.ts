// `npm run bench:search`: 200 varied searches (1–3 words of the scale database's own vocabulary, some
// accented or folded, some with a section or dates, some second pages) through db/search.ts on
// bench/scale.db, built first when missing. Prints the median and p99 latency.
import { ensureScaleDatabase } from './scale-database';

const QUERIES = 200;
const WARM_UP = 20;
process.env.DATABASE_PATH ??= 'bench/scale.db';
const databasePath = process.env.DATABASE_PATH;

ensureScaleDatabase(databasePath);

const { db, sqlite } = await import('@/db/index');
const { migrateDatabase } = await import('@/db/migrate');
const { searchArticles } = await import('@/db/search');
const { random } = await import('@/db/seed-scale');
const { foldForMatching } = await import('@/lib/fold');
const { toMatchExpression } = await import('@/lib/search-query');

// A database built before the search index gets it here.
migrateDatabase(db);

const rng = random(7);
const titles = sqlite.prepare('select title from articles order by id limit 2000').all() as { title: string }[];
const vocabulary = [
  ...new Set(titles.flatMap(({ title }) => title.split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length > 2)),
];
const sectionIds = (sqlite.prepare('select id from sections').all() as { id: number }[]).map((row) => row.id);
const { newest, oldest } = sqlite
  .prepare("select max(published_at) newest, min(published_at) oldest from articles where status = 'published'")
  .get() as { newest: number; oldest: number };

type Search = {
  text: string;
  filters: { sectionId: number | null; from: Date | null; before: Date | null };
  page: number;
};
function makeSearch(): Search {
  const words = Array.from({ length: 1 + rng.int(3) }, () => rng.pick(vocabulary));
  // Half the searches typed without accents, as many readers do.
  const text = words.map((word) => (rng.next() < 0.5 ? foldForMatching(word) : word)).join(' ');
  const from = rng.next() < 0.2 ? new Date(oldest + rng.next() * (newest - oldest)) : null;
  return {
    text,
    filters: {
      sectionId: rng.next() < 0.2 ? rng.pick(sectionIds) : null,
      from,
      before: from && rng.next() < 0.5 ? new Date(from.getTime() + (30 + rng.int(300)) * 86_400_000) : null,
    },
    page: rng.next() < 0.15 ? 2 : 1,
  };
}

const searches = Array.from({ length: WARM_UP + QUERIES }, makeSearch);
const timings: number[] = [];
let found = 0;
for (const [i, search] of searches.entries()) {
  const started = process.hrtime.bigint();
  const result = searchArticles(toMatchExpression(search.text)!, search.filters, search.page);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (i < WARM_UP) continue;
  timings.push(ms);
  found += result?.total ?? 0;
}

timings.sort((a, b) => a - b);
const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.ceil((p / 100) * timings.length) - 1)];
const { n } = sqlite.prepare('select count(*) n from articles').get() as { n: number };
console.log(`${QUERIES} recherches sur ${n} articles (${databasePath}), après ${WARM_UP} de mise en route`);
console.log(
  `médiane ${percentile(50).toFixed(1)} ms · p90 ${percentile(90).toFixed(1)} ms · p99 ${percentile(99).toFixed(1)} ms · max ${timings.at(-1)!.toFixed(1)} ms`,
);
console.log(`résultats en moyenne : ${Math.round(found / QUERIES)} articles par recherche`);
