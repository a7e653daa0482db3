import { Worker } from 'node:worker_threads';

// SQLite work that takes seconds on a large file runs in a worker thread, so a server taking a scheduled
// backup keeps answering meanwhile. (A backup in steps on the server's own thread was measured stalling
// it for half a second on the scale database: SQLite flushes the whole copy to disk in its last step.)
// Plain CommonJS evaluated by the worker, which resolves better-sqlite3 from the working directory as
// the site does.
const TASKS = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

function integrityProblems(file) {
  let sqlite;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    // A backup stands alone: no -wal file to carry beside it (the site turns WAL back on when it opens it).
    sqlite.pragma('journal_mode = DELETE');
    return sqlite.pragma('integrity_check').map((row) => row.integrity_check).filter((m) => m !== 'ok');
  } catch (error) {
    return [String(error && error.message)];
  } finally {
    if (sqlite) sqlite.close();
  }
}

async function copy(source, target) {
  const sqlite = new Database(source, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  try {
    // All pages in one step: one read transaction, a consistent snapshot. In steps, every write
    // from another connection between two of them would start the copy over.
    await sqlite.backup(target, { progress: () => 0x7fffffff });
  } finally {
    sqlite.close();
  }
}

(async () => {
  if (workerData.task === 'check') return integrityProblems(workerData.file);
  await copy(workerData.source, workerData.target);
  return [];
})().then(
  (result) => parentPort.postMessage({ result }),
  (error) => parentPort.postMessage({ error: String(error && error.message) }),
);
`;

type Task = { task: 'check'; file: string } | { task: 'copy'; source: string; target: string };

function inWorker(task: Task): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(TASKS, { eval: true, workerData: task });
    worker.once('message', (message: { result?: string[]; error?: string }) =>
      message.error === undefined ? resolve(message.result!) : reject(new Error(message.error)),
    );
    worker.once('error', reject);
  });
}

/**
 * What `PRAGMA integrity_check` finds wrong with a database file (an empty list when it is sound; a file
 * that is not a database is one problem). The file is left in rollback-journal mode, as one file.
 */
export const integrityProblems = (file: string) => inWorker({ task: 'check', file });

/**
 * Copies a live database with SQLite's online backup API, through a connection of its own: safe while
 * other connections write (in WAL mode the copy's read transaction never blocks them).
 */
export const copyDatabase = async (source: string, target: string) => {
  await inWorker({ task: 'copy', source, target });
};
