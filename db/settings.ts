import 'server-only';
import { db } from './index';
import { settings } from './schema';
import { parseSettings, type Settings } from '@/lib/settings';

/** The discussion settings, stored values over their defaults. */
export function getSettings(): Settings {
  const stored = Object.fromEntries(db.select({ key: settings.key, value: settings.value }).from(settings).all().map((row) => [row.key, row.value]));
  return parseSettings(stored);
}
