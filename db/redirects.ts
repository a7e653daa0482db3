import 'server-only';
import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { RedirectLookup } from '@/lib/old-address';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { containing } from './text-filter';
import { redirects } from './schema';

/** Where an old address now lives, from the first lookup that has a row and an answer; null when none does. */
export function findRedirect(lookups: RedirectLookup[]): string | null {
  const keys = lookups.flatMap((lookup) => (lookup.key === null ? [] : [lookup.key]));
  const rows = db
    .select({ path: redirects.path, target: redirects.target })
    .from(redirects)
    .where(inArray(redirects.path, keys.length ? keys : ['']))
    .all();
  const targets = new Map(rows.map((row) => [row.path, row.target]));
  for (const lookup of lookups) {
    const target = lookup.key === null ? '' : targets.get(lookup.key);
    const answer = target === undefined ? null : lookup.finish(target);
    if (answer) return answer;
  }
  return null;
}

export function getRedirectTarget(path: string): string | null {
  return db.select({ target: redirects.target }).from(redirects).where(eq(redirects.path, path)).get()?.target ?? null;
}

export const REDIRECTS_PER_PAGE = 50;

export type RedirectRow = { path: string; target: string; origin: 'wordpress' | 'staff' };

/** The old addresses, staff's first, by path; filtered by a part of either end. */
export function listRedirects(filter: { search: string; page: number }): { rows: RedirectRow[]; pageCount: number } {
  const search = filter.search.trim();
  const where = search ? containing([redirects.path, redirects.target], search) : undefined;
  const total = db.select({ n: count() }).from(redirects).where(where).get()!.n;
  const rows = db
    .select({ path: redirects.path, target: redirects.target, origin: redirects.origin })
    .from(redirects)
    .where(where)
    .orderBy(desc(redirects.origin), asc(redirects.path))
    .limit(REDIRECTS_PER_PAGE)
    .offset((filter.page - 1) * REDIRECTS_PER_PAGE)
    .all();
  return { rows, pageCount: Math.max(1, Math.ceil(total / REDIRECTS_PER_PAGE)) };
}

type Actor = { staffId: number; ip: string | null };

export function saveRedirect(values: { path: string; target: string }, actor: Actor): void {
  writeTransaction((tx) => {
    tx.insert(redirects)
      .values({ ...values, origin: 'staff' })
      .onConflictDoUpdate({ target: redirects.path, set: { target: values.target, origin: 'staff' } })
      .run();
    recordAuditIn(tx, [{ userId: actor.staffId, action: 'redirect.save', details: values, ip: actor.ip }]);
  });
}

export function deleteRedirect(path: string, actor: Actor): boolean {
  return writeTransaction((tx) => {
    const removed = tx.delete(redirects).where(eq(redirects.path, path)).run().changes > 0;
    if (removed)
      recordAuditIn(tx, [{ userId: actor.staffId, action: 'redirect.delete', details: { path }, ip: actor.ip }]);
    return removed;
  });
}
