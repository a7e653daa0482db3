import { afterAll, describe, expect, it } from 'vitest';
import { toMatchExpression } from '@/lib/search-query';
import type { SearchFilters } from './search';
import { prepareTestDatabase } from './test-database';

const { db } = await prepareTestDatabase();
const { seedDemoContent } = await import('./seed');
const { searchArticles } = await import('./search');
const { createSearchPool } = await import('./search-pool');
seedDemoContent(db);

const noFilter: SearchFilters = { sectionId: null, from: null, before: null };
const match = toMatchExpression('Kazakhstan')!;
const options = {
  databasePath: process.env.DATABASE_PATH!,
  workers: 1,
  maxWaiting: 4,
  timeLimitMs: 10_000,
  cacheMs: 30_000,
  cacheEntries: 2,
};
const pools: ReturnType<typeof createSearchPool>[] = [];
const pool = (overrides: Partial<typeof options> = {}) => {
  const created = createSearchPool({ ...options, ...overrides });
  pools.push(created);
  return created;
};
afterAll(() => Promise.all(pools.map((created) => created.close())));

// Each pool boots a worker thread that compiles the search module: seconds on a loaded 2-core machine.
describe('the search pool', { timeout: 30_000 }, () => {
  it('answers in a worker thread what the search answers in the page thread', async () => {
    const answer = await pool().search(match, noFilter, 1);
    const direct = searchArticles(match, noFilter, 1);
    expect(direct?.total).toBeGreaterThan(0);
    expect(answer).toEqual({ kind: 'done', result: direct });
  });

  it('answers "busy" at once when too many searches wait, instead of queueing them all', async () => {
    const full = pool({ maxWaiting: 1 });
    const answers = await Promise.all([full.search(match, noFilter, 1), full.search(match, noFilter, 2)]);
    expect(answers.map((answer) => answer.kind)).toEqual(['done', 'busy']);
  });

  it('abandons a search past its time limit and answers "busy"', async () => {
    const slow = pool({ timeLimitMs: 1 });
    expect(await slow.search(match, noFilter, 1)).toEqual({ kind: 'busy' });
  });

  it('answers an identical recent search from memory, without a thread', async () => {
    const cached = pool();
    const first = await cached.search(match, noFilter, 1);
    await cached.close();
    expect(await cached.search(match, noFilter, 1)).toEqual(first);
  });
});
