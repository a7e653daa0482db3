import 'server-only';
import { config } from '@/lib/config';
import { openDatabase, processConnection } from './connection';

export type { Db } from './connection';

// One connection per process, opened on first import (a test may have opened it first, see db/query-plans.test.ts).
const connection = (processConnection.kiosqueDb ??= openDatabase(config.databasePath));

export const db = connection.db;
export const sqlite = connection.sqlite;

/**
 * An open write transaction. Functions that write as part of a larger change take one as their first
 * argument: only writeTransaction() provides it (the connection `db` is not one: it has no rollback), so
 * such a write cannot run outside the transaction that should hold it.
 */
export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/**
 * A write transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A deferred one that
 * reads, then writes, fails at once with SQLITE_BUSY_SNAPSHOT if another process (a command-line tool,
 * a second server) wrote in between; this one waits for its turn instead (busy_timeout).
 * It does not nest: an exported write called from inside another one's transaction would commit on its
 * own terms; pass the transaction to its building block (the functions taking `tx: Tx`) instead.
 */
export function writeTransaction<T>(work: (tx: Tx) => T): T {
  if (sqlite.inTransaction) throw new Error('writeTransaction() inside a transaction: pass its tx down instead');
  return db.transaction(work, { behavior: 'immediate' });
}

/**
 * A background job's write (retention, the outbox's worker, the trash purge): it never waits for the write
 * lock. better-sqlite3 waits synchronously, so a job waiting out busy_timeout while a backup or a command-line
 * tool holds the lock would hold up every request the server is answering; the job gets SQLITE_BUSY at once
 * instead and tries again at its next tick.
 */
export function backgroundWriteTransaction<T>(work: (tx: Tx) => T): T {
  const patience = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    return writeTransaction(work);
  } finally {
    sqlite.pragma(`busy_timeout = ${patience}`);
  }
}

/**
 * Runs `work` with secure_delete ON, for the deletes that exist to make personal data unrecoverable: the
 * connection's FAST zeroes what is deleted inside the pages it rewrites anyway, but leaves a page freed
 * whole by a delete as it was, on the free list, with its rows readable in the file.
 */
export function zeroingFreedPages<T>(work: () => T): T {
  sqlite.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    sqlite.pragma('secure_delete = FAST');
  }
}
