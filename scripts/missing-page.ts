// A page whose content does not exist (an unknown article, section, tag, author, a page number past the
// end, an old address with no redirect) answers 404 with the French not-found page at the address that was
// asked for. Next 16 cannot do that by itself: notFound() thrown while rendering answers with an empty,
// script-only page, blank without JavaScript (vercel/next.js#98954). So those pages redirect to
// `/introuvable` (app/(site)/page-not-found.ts), and here, on reads, such a redirect is never sent: the
// same request is handed to Next again for `/introuvable`, which matches no route and renders the
// not-found page in full, with status 404, while the reader's address stays in the address bar.
import http from 'node:http';
import { parse, type UrlWithParsedQuery } from 'node:url';

export const NOT_FOUND_PATH = '/introuvable';

type Send = (...args: unknown[]) => unknown;
// What Next (and its compression) patch or call on the response while answering.
const methods = ['writeHead', 'flushHeaders', 'write', 'end', 'on', 'flush'] as const;

type Handle = (request: http.IncomingMessage, response: http.ServerResponse, url?: UrlWithParsedQuery) => unknown;

/** Whether Next's answer is the redirect a missing page makes. */
export function isMissingPageRedirect(status: number, location: unknown): boolean {
  // A page rendered afresh (not from the cache) gets its Location header twice.
  const locations = Array.isArray(location) ? location : [location];
  return status >= 300 && status < 400 && locations.length > 0 && locations.every((value) => value === NOT_FOUND_PATH);
}

/**
 * Watches a GET or HEAD that Next answers: a redirect to `/introuvable` is dropped before a byte of it is
 * sent, and Next renders the not-found page on the same response, its headers reset to the site's own.
 */
export function answerMissingPagesInPlace(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  handle: Handle,
  siteHeaders: [string, string][],
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  let diverted = false;
  // The patches made before this one (the light version's): the second answer goes through them again.
  const earlier = methods.map((method) => [method, Object.getOwnPropertyDescriptor(response, method)] as const);
  // What answers when nothing is diverted: the response's methods as they stand (another patch may be first).
  const [writeHead, write, end] = [response.writeHead, response.write, response.end].map(
    (method) => method.bind(response) as Send,
  );
  Object.assign(response, {
    writeHead: (status: number, ...rest: unknown[]) => {
      if (!diverted && isMissingPageRedirect(status, response.getHeader('location'))) diverted = true;
      return diverted ? response : writeHead(status, ...rest);
    },
    write: (...args: unknown[]) => (diverted ? true : write(...args)),
    end: (...args: unknown[]) => {
      if (!diverted) {
        // Next may end without writing its head first: the status is known by then.
        if (!response.headersSent && isMissingPageRedirect(response.statusCode, response.getHeader('location')))
          diverted = true;
        else return end(...args);
      }
      // The patches of the first answer (this one, Next's compression) go, the earlier ones stay: the second
      // answer starts as the first did.
      for (const [method, descriptor] of earlier) {
        delete (response as unknown as Record<string, unknown>)[method];
        if (descriptor) Object.defineProperty(response, method, descriptor);
      }
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      for (const [name, value] of siteHeaders) response.setHeader(name, value);
      response.statusCode = 200;
      void handle(request, response, parse(NOT_FOUND_PATH, true));
      return response;
    },
  });
}
