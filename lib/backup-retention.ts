// Which backups to keep, by restic's rule (`--keep-last 4 --keep-daily 7 --keep-weekly 4`): the 4 newest
// (so a backup taken by hand before a risky change outlives the next scheduled ones of the day), the newest
// of each of the last 7 days that have one, and the newest of each of the last 4 weeks that have one. Counting days
// with a backup rather than calendar days means a schedule that stopped for a month still leaves its last
// backups in place. Days and weeks are UTC, as the names are; weeks start on Monday (ISO 8601).
export type RetentionPolicy = { last: number; daily: number; weekly: number };

export const defaultRetention: RetentionPolicy = { last: 4, daily: 7, weekly: 4 };

const DAY = 86_400_000;
const dayOf = (at: Date) => Math.floor(at.getTime() / DAY);
// 1970-01-01 was a Thursday: shifting by 3 days makes every period start on a Monday.
const weekOf = (at: Date) => Math.floor((dayOf(at) + 3) / 7);

export function backupsToKeep<T extends { at: Date }>(backups: readonly T[], policy = defaultRetention): Set<T> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<T>();
  for (const [period, count] of [
    [(at: Date) => at.getTime(), policy.last],
    [dayOf, policy.daily],
    [weekOf, policy.weekly],
  ] as const) {
    const seen = new Set<number>();
    for (const backup of newestFirst) {
      if (seen.size === count) break;
      const key = period(backup.at);
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(backup);
    }
  }
  return keep;
}
