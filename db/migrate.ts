import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './index';

export const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

/** Applies the committed drizzle-kit migrations that the database has not seen yet. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}
