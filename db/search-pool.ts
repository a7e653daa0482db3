import 'server-only';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { config } from '@/lib/config';
import type { SearchFilters, SearchResult } from './search';

export type SearchJob = { id: number; match: string; filters: SearchFilters; page: number; now: number };
export type SearchReply = { id: number; result: SearchResult | null } | { id: number; error: string };

/** A search's outcome: its page of results (null past the last page), or "busy" when it could not be served in time. */
export type SearchAnswer = { kind: 'done'; result: SearchResult | null } | { kind: 'busy' };

export type SearchPoolOptions = {
  databasePath: string;
  /** Search threads; one core stays for the pages. */
  workers: number;
  /** Searches that may wait for a thread; one more is answered "busy" at once instead of queueing without end. */
  maxWaiting: number;
  /** From the moment a search is asked: past it, the search is abandoned (its thread replaced) and answered "busy". */
  timeLimitMs: number;
  /** Identical searches asked within this time are answered from memory (a burst on the day's story). */
  cacheMs: number;
  cacheEntries: number;
};

type Pending = { job: SearchJob; settle: (answer: SearchAnswer) => void };
type Slot = { worker: Worker; ready: boolean; busy: Pending | null };

// Searches run in TypeScript worker threads, with the react-server condition that lets 'server-only' load.
const workerFile = (name: string) => pathToFileURL(path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', name));
const WORKER_ARGS = ['--conditions=react-server'];

export function createSearchPool(options: SearchPoolOptions) {
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  const cache = new Map<string, { at: number; result: SearchResult | null }>();
  let nextId = 1;

  function spawn(): Slot {
    const worker = new Worker(workerFile('search-worker-boot.mjs'), {
      workerData: { entry: workerFile('search-worker.ts').href, databasePath: options.databasePath },
      execArgv: WORKER_ARGS,
    });
    const slot: Slot = { worker, ready: false, busy: null };
    worker.on('message', (message: SearchReply | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        return dispatch();
      }
      const pending = slot.busy;
      if (!pending || pending.job.id !== message.id) return;
      slot.busy = null;
      if ('error' in message) {
        console.error(`[recherche] échec : ${message.error}`);
        pending.settle({ kind: 'busy' });
      } else {
        remember(pending.job, message.result);
        pending.settle({ kind: 'done', result: message.result });
      }
      dispatch();
    });
    // A thread that dies, or is ended for running too long, is replaced and its search answered "busy". One that
    // never started (a broken install) is not restarted in a loop: the next search tries again.
    worker.on('exit', () => {
      slot.busy?.settle({ kind: 'busy' });
      slots.splice(slots.indexOf(slot), 1);
      if (slot.ready) slots.push(spawn());
      else console.error('[recherche] le processus de recherche n’a pas pu démarrer');
    });
    worker.unref();
    return slot;
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.busy) continue;
      const pending = waiting.shift();
      if (!pending) return;
      slot.busy = pending;
      slot.worker.postMessage(pending.job);
    }
  }

  /** A search past its time limit: dropped if it still waits, its thread ended if it runs. */
  function expire(pending: Pending): void {
    const at = waiting.indexOf(pending);
    if (at >= 0) {
      waiting.splice(at, 1);
      pending.settle({ kind: 'busy' });
    } else {
      void slots.find((slot) => slot.busy === pending)?.worker.terminate();
    }
  }

  /** Starts the threads ahead of the first search (compiling the worker takes a second or two). */
  function start(): void {
    while (slots.length < options.workers) slots.push(spawn());
  }

  const keyOf = (job: Omit<SearchJob, 'id' | 'now'>) => JSON.stringify([job.match, job.filters, job.page]);

  function remember(job: SearchJob, result: SearchResult | null): void {
    cache.delete(keyOf(job));
    cache.set(keyOf(job), { at: job.now, result });
    if (cache.size > options.cacheEntries) cache.delete(cache.keys().next().value!);
  }

  return {
    search(match: string, filters: SearchFilters, page: number): Promise<SearchAnswer> {
      const now = Date.now();
      const cached = cache.get(keyOf({ match, filters, page }));
      if (cached && now - cached.at < options.cacheMs) return Promise.resolve({ kind: 'done', result: cached.result });
      if (waiting.length >= options.maxWaiting) return Promise.resolve({ kind: 'busy' });
      start();
      return new Promise((resolve) => {
        const pending: Pending = {
          job: { id: nextId++, match, filters, page, now },
          settle: (answer) => {
            clearTimeout(timer);
            resolve(answer);
          },
        };
        const timer = setTimeout(() => expire(pending), options.timeLimitMs);
        waiting.push(pending);
        dispatch();
      });
    },
    start,
    /** True when one more search would be answered "busy" at once. */
    isFull(): boolean {
      return waiting.length >= options.maxWaiting;
    },
    /** Ends the threads (tests, shutdown). */
    async close(): Promise<void> {
      const workers = slots.splice(0).map((slot) => slot.worker);
      for (const worker of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

export type SearchPool = ReturnType<typeof createSearchPool>;

// One pool per server process, shared by every module instance Next makes of this file.
const processPool = globalThis as unknown as { kiosqueSearchPool?: SearchPool };

/** The server's search pool: SEARCH_WORKERS threads (the cores less one), answers within 2 s or "busy". */
export function searchPool(): SearchPool {
  const workers = Number(process.env.SEARCH_WORKERS) || Math.max(1, os.availableParallelism() - 1);
  return (processPool.kiosqueSearchPool ??= createSearchPool({
    databasePath: config.databasePath,
    workers,
    maxWaiting: workers * 8,
    timeLimitMs: 2_000,
    cacheMs: 30_000,
    cacheEntries: 200,
  }));
}
