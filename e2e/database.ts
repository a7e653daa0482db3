import Database from 'better-sqlite3';

/**
 * The run's fresh database (or another file: a copy, a restored backup), opened beside the server to check
 * what was (or was not) stored.
 */
export function openTestDatabase(file = process.env.E2E_DATABASE_PATH): Database.Database {
  if (!file) throw new Error('E2E_DATABASE_PATH is set by playwright.config.ts');
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}
