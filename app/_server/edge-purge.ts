import 'server-only';
import { after } from 'next/server';

/**
 * The edge nodes in front of the site (`EDGE_PURGE_URLS`, their base addresses separated by commas; none by
 * default). Each is sent an HTTP `PURGE` per path: a path drops that page with any query (`?page=`, `?cpage=`)
 * and everything under it (its feeds, its comment pages); `/` is the home page alone.
 */
const edgeNodes = (process.env.EDGE_PURGE_URLS ?? '')
  .split(',')
  .map((node) => node.trim().replace(/\/+$/, ''))
  .filter(Boolean);

// Seconds before each new try of a failed purge; after the last, the pages' own cache lifetime (5 minutes at
// most) bounds what the lost purge costs.
const RETRY_DELAYS = [0.5, 2, 10, 30];

export type EdgePurge = { paths: Iterable<string> } | { everything: true };

async function send(node: string, purge: { path: string } | { everything: true }): Promise<void> {
  const everything = 'everything' in purge;
  const response = await fetch(node + (everything ? '/' : purge.path), {
    method: 'PURGE',
    headers: everything ? { 'Purge-Scope': 'all' } : {},
    signal: AbortSignal.timeout(2_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

async function sendWithRetries(node: string, purge: { path: string } | { everything: true }): Promise<void> {
  const what = 'everything' in purge ? '(tout le site)' : purge.path;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(node, purge);
    } catch (error) {
      const delay = RETRY_DELAYS[attempt];
      console.error(
        `[edge] purge ${what} sur ${node} : échec (${(error as Error).message})${delay ? `, nouvel essai dans ${delay} s` : ', abandon'}`,
      );
      if (delay === undefined) return;
      await new Promise((resolve) => setTimeout(resolve, delay * 1_000));
    }
  }
}

/**
 * Drops the given pages at every edge node. It runs once the response is sent, so the reader or the moderator
 * never waits for it, and after Next has applied the request's own revalidations, so a node that asks again at
 * once gets the new page, not the old one back.
 */
export function purgeEdge(purge: EdgePurge): void {
  if (edgeNodes.length === 0) return;
  const items = 'everything' in purge ? [purge] : [...new Set(purge.paths)].map((path) => ({ path }));
  const run = () => Promise.all(edgeNodes.flatMap((node) => items.map((item) => sendWithRetries(node, item))));
  try {
    after(run);
  } catch {
    // Outside a request (a scheduled job): nothing to wait for.
    void run();
  }
}
