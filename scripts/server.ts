// The production server (`npm start`, the e2e tests, the bench): Next's request handler on a node:http
// server that first works out the client's address (lib/client-address.ts), refuses malformed requests
// with a French page (lib/request-screen.ts), sets the security headers on every response, and on
// SIGTERM/SIGINT lets the requests in flight finish before it closes the database and exits.
import http from 'node:http';
import nextEnv from '@next/env';
import type { AddressInfo } from 'node:net';
import { processConnection } from '@/db/connection';
import { isGoneArticle } from '@/db/gone-articles';
import { clientAddress, compileProxyTrust } from '@/lib/client-address';
import { t } from '@/lib/i18n';
import { refusalPage } from '@/lib/refusal-page';
import { requestOutcome, type RequestOutcome } from '@/lib/request-outcome';
import { screenRequest, type Refusal } from '@/lib/request-screen';
import { securityHeaders } from '@/lib/security-headers';
import { isPublicPage, lightResponses, varyOnVersion, wantsLight } from './light-responses';
import { answerMissingPagesInPlace } from './missing-page';
import { articleSlugOf } from '@/lib/trash';
import { frenchPlainErrors } from './plain-error-pages';

// How long requests in flight (a comment being posted) may take to finish once the server is told to stop.
const DRAIN_MS = 10_000;

// React and Next pick their production builds from NODE_ENV when they load.
Object.assign(process.env, { NODE_ENV: 'production' });
// .env.local and the rest, as Next reads them, before the settings are read here (SITE_URL, TRUSTED_PROXIES).
nextEnv.loadEnvConfig(process.cwd());
const { config } = await import('@/lib/config');
const { default: next } = await import('next');

type NextApp = ReturnType<typeof next>;
type Handle = ReturnType<NextApp['getRequestHandler']>;

const trust = compileProxyTrust(process.env.TRUSTED_PROXIES);
const headers = securityHeaders(config.siteUrl);
const serveLight = lightResponses(config.siteUrl, process.env.NEXT_DIST_DIR ?? '.next');
// Article bodies may hold an embed (lib/embeds.ts): only their pages may frame a provider's player.
const articleHeaders = securityHeaders(config.siteUrl, { embeds: true });
// Next is started once the port is known (PORT=0 picks a free one): a server action that redirects has
// Next fetch the target page from itself, at the hostname and port it was given.
let app: NextApp | undefined;
let handle: Handle | undefined;
let started: (handle: Handle) => void;
const ready = new Promise<Handle>((resolve) => (started = resolve));

/** Where a refusal page leads: back to the comments of the article posted to, or home. */
function backLink(request: http.IncomingMessage) {
  const path = (request.url ?? '/').split('?')[0]!;
  return path.startsWith('/article/')
    ? { href: `${path}#commentaires`, label: t.comments.backToArticle }
    : { href: '/', label: t.notFound.back };
}

function refuse(request: http.IncomingMessage, response: http.ServerResponse, refusal: Refusal) {
  const back = refusal.reason === 'bad-address' ? { href: '/', label: t.notFound.back } : backLink(request);
  // Node reads and drops a refused post's body (closing at once would cut the client off mid-send, before it
  // reads the answer); a body that never ends is cut by the server's request timeout.
  if (refusal.status === 503) response.setHeader('retry-after', '30');
  response.writeHead(refusal.status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(refusalPage(t.refusals[refusal.reason], back));
}

// Search pages rendered at once. The searches themselves run in their own threads (db/search-pool.ts), but
// each page is still rendered on the thread that serves every other page: past this many, a search is
// answered "busy" before Next renders anything, so a burst of searches cannot starve the articles.
const SEARCH_RENDERS = 4;
let searchRenders = 0;
const isSearch = (request: http.IncomingMessage) =>
  request.method === 'GET' && /^\/recherche(\?|$)/.test(request.url ?? '');

let stopping = false;
const server = http.createServer((request, response) => {
  for (const [name, value] of request.url?.startsWith('/article/') ? articleHeaders : headers)
    response.setHeader(name, value);
  const refusal = screenRequest(request);
  if (refusal) return refuse(request, response, refusal);
  // Next keeps an X-Forwarded-For it is given and only fills in the socket's address when there is none:
  // whatever the client wrote is replaced by the one address worked out here, which the site reads.
  const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trust);
  if (address) request.headers['x-forwarded-for'] = address;
  else delete request.headers['x-forwarded-for'];
  delete request.headers['forwarded'];
  delete request.headers['x-real-ip'];
  if (stopping) response.setHeader('connection', 'close');
  if (request.method === 'POST') frenchPlainErrors(request, response, backLink(request));
  if (isSearch(request)) {
    if (searchRenders >= SEARCH_RENDERS) return refuse(request, response, { status: 503, reason: 'search-busy' });
    searchRenders++;
    response.once('close', () => searchRenders--);
  }
  if (isGone(request)) return answerGone(response);
  const outcome: RequestOutcome = {};
  if (mayBeUnavailable(request)) answerUnavailable(response, outcome);
  if (isPublicPage(request)) {
    // One address, two versions: the full page and the light one (Save-Data, or the footer's choice).
    varyOnVersion(response);
    if (wantsLight(request)) serveLight(request, response);
  }
  requestOutcome.run(outcome, () => {
    const serve = (handler: Handle) => {
      answerMissingPagesInPlace(request, response, handler, headers);
      return handler(request, response);
    };
    if (handle) void serve(handle);
    else void ready.then(serve);
  });
});

/**
 * A deleted article's addresses answer 410 here: Next gives a page no way to set its status. One lookup by
 * the unique slug, only for article addresses; the database is open once Next has started (instrumentation.ts).
 */
function isGone(request: http.IncomingMessage): boolean {
  const connection = processConnection.kiosqueDb;
  if (!connection || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  const slug = articleSlugOf(request.url ?? '');
  return slug !== null && isGoneArticle(connection.db, slug);
}

function answerGone(response: http.ServerResponse) {
  // no-cache: a browser that saw the 410 asks again, so an article restored from the trash is seen at once
  // (the edge keeps it until the restore purges it).
  response.writeHead(410, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'x-robots-tag': 'noindex',
  });
  response.end(refusalPage(`${t.gone.title}. ${t.gone.body}`, { href: '/', label: t.notFound.back }));
}

/** Plain form posts (no JavaScript: the page comes back with the message and the text) and searches. */
function mayBeUnavailable(request: http.IncomingMessage): boolean {
  return request.method === 'POST' ? request.headers['next-action'] === undefined : isSearch(request);
}

/** A page rendered for a write that could not be stored, or a search that could not be served, is a 503. */
function answerUnavailable(response: http.ServerResponse, outcome: RequestOutcome) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
  Object.assign(response, {
    writeHead: (status: number, ...rest: unknown[]) => {
      if (outcome.unavailable && status === 200) {
        response.setHeader('retry-after', '30');
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    },
  });
}

// A keep-alive connection whose request ends while stopping is closed as soon as it is idle.
server.on('request', (_request, response: http.ServerResponse) => {
  response.once('finish', () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});

function stop() {
  if (stopping) return;
  stopping = true;
  const deadline = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  deadline.unref();
  // close() stops accepting connections and closes the idle ones; its callback runs when the last one ends.
  server.close(async () => {
    clearTimeout(deadline);
    await app?.close();
    processConnection.kiosqueDb?.sqlite.close();
    process.exit(0);
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.listen(Number(process.env.PORT ?? 3000), process.env.HOSTNAME, async () => {
  const { port } = server.address() as AddressInfo;
  app = next({ dev: false, dir: process.cwd(), hostname: process.env.HOSTNAME ?? '127.0.0.1', port });
  await app.prepare();
  handle = app.getRequestHandler();
  started(handle);
  console.log(`Kiosque: http://localhost:${port}`);
});
