// Starts a search thread (db/search-pool.ts): tsx compiles the TypeScript worker and what it imports.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
