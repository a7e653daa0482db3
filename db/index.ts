import 'server-only';
import { config } from '@/lib/config';
import { openDatabase, processConnection } from './connection';

export type { Db } from './connection';

// One connection per process, opened on first import (a test may have opened it first, see db/query-plans.test.ts).
const connection = (processConnection.kiosqueDb ??= openDatabase(config.databasePath));

export const db = connection.db;
export const sqlite = connection.sqlite;
