import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import * as schema from './schema';

// With $client, the better-sqlite3 handle drizzle() returns beside the query builder (db/seed-scale.ts uses it).
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type Connection = { sqlite: Database.Database; db: Db };

/** Opens a SQLite file with the settings every connection of the site uses; the logger sees each query (tests). */
export function openDatabase(file: string, options: { logger?: Logger; readonly?: boolean } = {}): Connection {
  if (options.readonly) {
    const sqlite = new Database(file, { readonly: true });
    sqlite.pragma('busy_timeout = 5000');
    return { sqlite, db: drizzle(sqlite, { schema, logger: options.logger }) };
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Writers queue behind each other instead of failing with "database is locked".
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Erased personal data (an e-mail sealed in place, an address past its retention) is zeroed, not left
  // in free space for anyone who copies the file; FAST costs no extra I/O.
  sqlite.pragma('secure_delete = FAST');
  return { sqlite, db: drizzle(sqlite, { schema, logger: options.logger }) };
}

/** Where the process's one connection lives, across Next's module instances and hot reloads. */
export const processConnection = globalThis as unknown as { kiosqueDb?: Connection };
