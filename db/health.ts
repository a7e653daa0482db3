import 'server-only';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { sqlite } from './index';
import { migrationsFolder } from './migrate';

let newestMigration: number | undefined;

/**
 * Whether the database can be read and has every migration this build ships (the same test as drizzle's
 * migrator: the newest applied migration is at least as recent as the newest committed one).
 */
export function databaseReady(): boolean {
  try {
    newestMigration ??= Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
    const applied = sqlite.prepare('select max(created_at) as at from __drizzle_migrations').get() as {
      at: number | null;
    };
    return Number(applied.at) >= newestMigration;
  } catch {
    return false;
  }
}
