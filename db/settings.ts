import 'server-only';
import { db, writeTransaction } from './index';
import { recordAuditIn } from './audit';
import { settings } from './schema';
import { parseSettings, serialiseSetting, settingKeys, type Settings } from '@/lib/settings';

/** The discussion settings, stored values over their defaults. */
export function getSettings(): Settings {
  const stored = Object.fromEntries(
    db
      .select({ key: settings.key, value: settings.value })
      .from(settings)
      .all()
      .map((row) => [row.key, row.value]),
  );
  return parseSettings(stored);
}

/** Stores validated settings and audits what changed (before → after), in one transaction. Returns the changed keys. */
export function updateSettings(next: Settings, actor: { staffId: number; ip: string | null }): string[] {
  return writeTransaction((tx) => {
    const before = getSettings();
    const changed = settingKeys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]));
    for (const key of changed) {
      const row = serialiseSetting(key, next[key]);
      tx.insert(settings)
        .values(row)
        .onConflictDoUpdate({ target: settings.key, set: { value: row.value } })
        .run();
    }
    if (changed.length)
      recordAuditIn(tx, [
        {
          userId: actor.staffId,
          action: 'settings.update',
          targetType: 'settings',
          details: Object.fromEntries(changed.map((key) => [key, { before: before[key], after: next[key] }])),
          ip: actor.ip,
        },
      ]);
    return changed;
  });
}
