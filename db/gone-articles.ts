// No 'server-only': the site's server (scripts/server.ts) asks this before Next renders anything.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from './connection';
import { articles, articleTombstones } from './schema';

// Asked for every article address the server receives: prepared once per connection.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  const slug = sql.placeholder('slug');
  return {
    trashed: db
      .select({ one: sql`1` })
      .from(articles)
      .where(and(eq(articles.slug, slug), isNotNull(articles.trashedAt)))
      .prepare(),
    purged: db
      .select({ one: sql`1` })
      .from(articleTombstones)
      .where(eq(articleTombstones.slug, slug))
      .prepare(),
  };
}

/**
 * Whether an article address belongs to a deleted article: one in the trash, or one purged since whose
 * address no article has taken again (saving an article under a slug removes its tombstone).
 */
export function isGoneArticle(db: Db, slug: string): boolean {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepare(db)));
  return Boolean(statements.trashed.get({ slug }) ?? statements.purged.get({ slug }));
}
