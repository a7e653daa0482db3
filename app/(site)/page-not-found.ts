import { redirect } from 'next/navigation';

/**
 * Sends a reader whose page does not exist to a path no route matches, where Next answers 404 with
 * the French not-found page as complete HTML. Calling notFound() while rendering would answer 404
 * with an empty, script-only body in Next 16 (vercel/next.js#98954), a blank page without JavaScript;
 * checking first in a proxy costs half the throughput of every cached page (measured: 1,276 → 550 req/s).
 */
export function pageNotFound(): never {
  redirect('/introuvable');
}
