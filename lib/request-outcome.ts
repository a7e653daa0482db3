import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the handling of a request found that its status must say, for the site's server (scripts/server.ts)
 * to answer with: Next gives a page or a server action no way to set the status of a page it renders.
 * `unavailable`: a form's write could not be stored, or a search could not be served, for now (503).
 */
export type RequestOutcome = { unavailable?: boolean };

// One store per process, shared by the server's modules and every bundle Next makes of this file.
const shared = globalThis as unknown as { kiosqueRequestOutcome?: AsyncLocalStorage<RequestOutcome> };
export const requestOutcome = (shared.kiosqueRequestOutcome ??= new AsyncLocalStorage<RequestOutcome>());

/** Marks the request being handled as answered "try again in a moment". */
export function markUnavailable(): void {
  const outcome = requestOutcome.getStore();
  if (outcome) outcome.unavailable = true;
}
