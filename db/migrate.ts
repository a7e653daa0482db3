import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { sealEmail } from '@/lib/commenter-identity';
import type { Db } from './index';

export const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

/** Applies the committed drizzle-kit migrations that the database has not seen yet, then the conversions SQL cannot do. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
  sealClearEmails(db);
}

/**
 * Commenters' e-mails are sealed at rest (lib/commenter-identity.ts), with a key SQL cannot reach, so rows
 * written before that are converted here, after the SQL migrations, on every start. It is idempotent: a
 * sealed value is base64url and never holds an "@", a clear address always does, so only rows still in
 * clear are read (one scan in SQLite, none in JavaScript once converted). secure_delete zeroes the old
 * bytes in place and the checkpoint empties the WAL, so the file keeps no copy of the clear addresses.
 */
export function sealClearEmails(db: Db): number {
  const sqlite = db.$client;
  const clear = sqlite
    .prepare("select id, author_email as email from comments where instr(author_email, '@') > 0")
    .all() as { id: number; email: string }[];
  if (clear.length === 0) return 0;
  const update = sqlite.prepare('update comments set author_email = ? where id = ?');
  sqlite.transaction(() => {
    for (const row of clear) update.run(sealEmail(row.email), row.id);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return clear.length;
}
