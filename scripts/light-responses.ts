// The light version of the public pages (lib/light-page.ts), at the same address as the full one: for a reader
// who asked for it, the page Next answers (from its cache, or rendered for a form post) is held back, turned
// into its light version and sent instead. The light page is derived from the very bytes Next sends, so it can
// never be older than the full page: whatever revalidates or purges one does the other.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { lightPage } from '@/lib/light-page';
import { readingVersion } from '@/lib/reading-version';
import { lightPagePolicy } from '@/lib/security-headers';

// Both versions of a public page vary on these; staff pages, route handlers and static files do not.
const PUBLIC_PAGE = /^\/(?!(?:admin|api|_next|medias|version)(?:[/?]|$))[^.]*$/;
// Light pages kept in memory, each under a hash of the full page it came from (a changed page is a new entry,
// the oldest go first): a cached page is parsed once per change, not once per reader.
const KEPT_BYTES = 32 * 1024 * 1024;

type Light = { html: Buffer; gzip: Buffer; policy: string };
type Send = (...args: unknown[]) => unknown;

/** A page a reader reads (not a script's call to a server action or a client-side navigation). */
export function isPublicPage(request: http.IncomingMessage): boolean {
  return (
    ['GET', 'HEAD', 'POST'].includes(request.method ?? '') &&
    PUBLIC_PAGE.test(request.url ?? '/') &&
    request.headers['next-action'] === undefined &&
    request.headers['rsc'] === undefined
  );
}

/**
 * Both versions say they vary on Save-Data and the cookie, for caches between the site and the reader. Added as
 * the head is sent: Next sets its own Vary (its router headers) over whatever was there before it answered.
 */
export function varyOnVersion(response: http.ServerResponse) {
  const writeHead = response.writeHead as Send;
  Object.assign(response, {
    writeHead(...args: unknown[]) {
      const vary = response.getHeader('vary');
      response.setHeader('vary', [vary, 'Save-Data, Cookie'].flat().filter(Boolean).join(', '));
      return writeHead.apply(response, args);
    },
  });
}

export function wantsLight(request: http.IncomingMessage): boolean {
  return readingVersion(headerOf(request, 'save-data'), headerOf(request, 'cookie')) === 'legere';
}

const headerOf = (request: http.IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

export function lightResponses(siteUrl: string, distDir: string) {
  const kept = new Map<string, Light>();
  let keptBytes = 0;
  const stylesheets = new Map<string, string | null>();
  const staticDir = path.resolve(distDir, 'static');

  /** Next's own stylesheets, read once from the build (the light page never asks for /_next/static). */
  function stylesheet(href: string): string | null {
    if (!stylesheets.has(href)) {
      const file = path.resolve(staticDir, href.replace(/^\/_next\/static\//, ''));
      const ours = href.startsWith('/_next/static/') && file.startsWith(staticDir + path.sep) && file.endsWith('.css');
      stylesheets.set(href, ours && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
    }
    return stylesheets.get(href)!;
  }

  function derive(full: Buffer, pagePath: string, keep: boolean): Light {
    const key = createHash('sha256').update(pagePath).update('\0').update(full).digest('base64');
    const known = kept.get(key);
    if (known) return known;
    const page = lightPage({ html: full.toString('utf8'), path: pagePath, stylesheet });
    const html = Buffer.from(page.html);
    const styleHash = createHash('sha256').update(page.css).digest('base64');
    const light = { html, gzip: gzipSync(html), policy: lightPagePolicy(siteUrl, styleHash) };
    if (keep) {
      kept.set(key, light);
      keptBytes += html.length + light.gzip.length;
      for (const [oldKey, old] of kept) {
        if (keptBytes <= KEPT_BYTES) break;
        kept.delete(oldKey);
        keptBytes -= old.html.length + old.gzip.length;
      }
    }
    return light;
  }

  /** The light page, or null (and the full page is sent) should the unexpected happen while deriving it. */
  function deriveOrNot(full: Buffer, pagePath: string, keep: boolean): Light | null {
    try {
      return derive(full, pagePath, keep);
    } catch (error) {
      console.error(`light version of ${pagePath} not derived:`, error);
      return null;
    }
  }

  /** Holds back what Next sends for this request and sends the light version of it when Next is done. */
  return function serveLight(request: http.IncomingMessage, response: http.ServerResponse) {
    const gzip = /\bgzip\b/.test(headerOf(request, 'accept-encoding') ?? '');
    // Next is asked for the page as it is (the light page is compressed here, once).
    delete request.headers['accept-encoding'];
    holdBack(response, (full) => {
      const type = String(response.getHeader('content-type') ?? '');
      // A page answering a form post is that reader's own: derived, never kept.
      const light =
        request.method !== 'HEAD' && type.startsWith('text/html') && !response.getHeader('content-encoding')
          ? deriveOrNot(full, request.url ?? '/', request.method === 'GET')
          : null;
      if (!light) return response.end(full);
      const body = gzip ? light.gzip : light.html;
      if (gzip) response.setHeader('content-encoding', 'gzip');
      response.setHeader('content-length', body.length);
      response.setHeader('content-security-policy', light.policy);
      response.end(body);
    });
  };
}

/**
 * Collects a whole response (head and body) instead of sending it, then hands the body to `send`, with the
 * response's own methods back in place: whatever was wrapped around them before (the status of a write that
 * could not be stored, the French plain errors) still applies when it is sent.
 */
function holdBack(response: http.ServerResponse, send: (body: Buffer) => void) {
  const methods = ['writeHead', 'flushHeaders', 'write', 'end'] as const;
  const previous = Object.fromEntries(methods.map((name) => [name, response[name]]));
  const chunks: Buffer[] = [];
  const take = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string')
      chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const done = (args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
  };
  Object.assign(response, {
    writeHead(status: number, ...rest: unknown[]) {
      response.statusCode = status;
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
      if (Array.isArray(headers))
        for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value as string);
      return response;
    },
    flushHeaders() {},
    write(chunk: unknown, ...rest: unknown[]) {
      take(chunk, rest[0]);
      done(rest);
      return true;
    },
    end(...args: unknown[]) {
      if (typeof args[0] !== 'function') take(args[0], args[1]);
      // Node's own end() calls writeHead, which must not come back here.
      Object.assign(response, previous);
      send(Buffer.concat(chunks));
      done(args);
      return response;
    },
  });
}
