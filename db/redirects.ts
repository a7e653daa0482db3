import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { RedirectLookup } from '@/lib/old-address';
import { db } from './index';
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
