import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testRows } from './test-rows';

/**
 * For db/ unit tests: points the process's one connection at a fresh, migrated file. Call it before
 * importing any db/ module (import them dynamically after it): the connection opens on first import. `rows` writes
 * the articles and comments a test needs.
 */
export async function prepareTestDatabase() {
  process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-unit-')), 'site.db');
  const { db, sqlite } = await import('./index');
  const { migrateDatabase } = await import('./migrate');
  migrateDatabase(db);
  return { db, sqlite, rows: testRows(db) };
}
