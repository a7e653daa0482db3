import { describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

describe('seedScaleContent', () => {
  it('builds consistent threads, counts and slugs', async () => {
    const { db, sqlite } = await prepareTestDatabase();
    const { seedScaleContent } = await import('./seed-scale');
    const result = seedScaleContent(db, {
      articles: 200,
      comments: 3_000,
      bigArticleComments: 300,
      smallArticleComments: 20,
    });
    const one = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).get(...params) as T;

    expect(one<{ n: number }>('select count(*) n from articles').n).toBe(200);
    expect(one<{ n: number }>('select count(*) n from comments').n).toBe(3_000);
    expect(one<{ n: number }>('select count(distinct slug) n from articles').n).toBe(200);
    expect(
      one<{ n: number }>(
        "select count(*) n from comments c join articles a on a.id = c.article_id where a.slug = ? and c.status = 'approved'",
        result.bigArticleSlug,
      ).n,
    ).toBe(300);
    expect(
      one<{ comment_count: number }>('select comment_count from articles where slug = ?', result.smallArticleSlug)
        .comment_count,
    ).toBe(20);
    // The denormalised count is the number of approved comments, everywhere.
    expect(
      one<{ n: number }>(
        "select count(*) n from articles a where comment_count <> (select count(*) from comments c where c.article_id = a.id and c.status = 'approved')",
      ).n,
    ).toBe(0);
    // A reply belongs to its parent's article and thread, one level deeper, never past depth 3.
    expect(
      one<{ n: number }>(
        `select count(*) n from comments c join comments p on p.id = c.parent_id
         where c.article_id <> p.article_id or c.depth <> p.depth + 1 or c.thread_id <> coalesce(p.thread_id, p.id) or c.depth > 3`,
      ).n,
    ).toBe(0);
    expect(
      one<{ n: number }>(
        'select count(*) n from comments where parent_id is null and (thread_id is not null or depth <> 0)',
      ).n,
    ).toBe(0);
    expect(one<{ d: number }>('select max(depth) d from comments').d).toBeGreaterThan(1);
    // Seconds of inserts: on a loaded shared machine it ran past Vitest's default 5 s and failed for no fault of its own.
  }, 120_000);
});
