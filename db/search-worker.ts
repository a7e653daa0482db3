// A search thread (db/search-pool.ts): its own read-only connection, one search at a time, so a burst of
// searches never holds up the thread that serves pages.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, processConnection } from './connection';
import type { SearchJob, SearchReply } from './search-pool';

processConnection.kiosqueDb = openDatabase(workerData.databasePath, { readonly: true });
const { searchArticles } = await import('./search');

parentPort!.on('message', (job: SearchJob) => {
  let reply: SearchReply;
  try {
    reply = { id: job.id, result: searchArticles(job.match, job.filters, job.page, new Date(job.now)) };
  } catch (error) {
    reply = { id: job.id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
