import 'server-only';
import { config } from '@/lib/config';
import { openDatabase, processConnection } from './connection';

export type { Db } from './connection';

// One connection per process, opened on first import (a test may have opened it first, see db/query-plans.test.ts).
const connection = (processConnection.kiosqueDb ??= openDatabase(config.databasePath));

export const db = connection.db;
export const sqlite = connection.sqlite;

type Transaction = Parameters<Parameters<typeof db.transaction>[0]>[0];

/**
 * A write transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A deferred one that
 * reads, then writes, fails at once with SQLITE_BUSY_SNAPSHOT if another process (a command-line tool,
 * a second server) wrote in between; this one waits for its turn instead (busy_timeout).
 */
export function writeTransaction<T>(work: (tx: Transaction) => T): T {
  return db.transaction(work, { behavior: 'immediate' });
}
