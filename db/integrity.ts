import { Worker } from 'node:worker_threads';

// In a worker thread: checking a large file takes seconds, and a server taking a scheduled backup must
// keep answering meanwhile. Plain CommonJS evaluated by the worker, which resolves better-sqlite3 from
// the working directory as the site does.
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
let sqlite;
try {
  sqlite = new Database(workerData, { fileMustExist: true });
  // A backup stands alone: no -wal file to carry beside it (the site turns WAL back on when it opens it).
  sqlite.pragma('journal_mode = DELETE');
  const problems = sqlite.pragma('integrity_check').map((row) => row.integrity_check).filter((m) => m !== 'ok');
  parentPort.postMessage(problems);
} catch (error) {
  parentPort.postMessage([String(error && error.message)]);
} finally {
  if (sqlite) sqlite.close();
}
`;

/**
 * What `PRAGMA integrity_check` finds wrong with a database file (an empty list when it is sound; a file
 * that is not a database is one problem). The file is left in rollback-journal mode, as one file.
 */
export function integrityProblems(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK, { eval: true, workerData: file });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
