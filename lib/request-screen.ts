import type { IncomingHttpHeaders } from 'node:http';

export type Refusal = {
  status: 400 | 403 | 411 | 413 | 503;
  reason: 'bad-address' | 'bad-action' | 'foreign-origin' | 'length-required' | 'too-large' | 'search-busy';
};

// A comment is at most 5,000 characters: a post to an article this large is no comment form (proxy.ts
// used to refuse it; the server does it now, without the cost of a Next proxy on every post).
const ARTICLE_POST_LIMIT = 100_000;
// next.config.ts's serverActions.bodySizeLimit (256 KB): past it Next answers a bare 500.
const POST_LIMIT = 256 * 1024;
// Route handlers that read their body themselves, under a limit of their own (the media library's uploads,
// profile and byline photos).
const OWN_LIMIT = /^\/admin\/(medias\/televerser|compte\/photo|signatures\/\d+\/photo)$/;

/**
 * Requests the site refuses before Next sees them, each of which Next would answer with an English 500:
 * a path that is not UTF-8 once decoded, a post too large or of unknown length (chunked: the size
 * check cannot be made up front), a server-action call whose body is neither form data nor text
 * (what React sends), and a post from a page of another site.
 */
export function screenRequest(request: {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}): Refusal | null {
  const path = (request.url ?? '/').split('?')[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, reason: 'bad-address' };
  }
  if (request.method !== 'POST' || OWN_LIMIT.test(path)) return null;
  const { headers } = request;
  if (headers.origin !== undefined && !sameSite(headers.origin, headers['x-forwarded-host'] ?? headers.host)) {
    return { status: 403, reason: 'foreign-origin' };
  }
  const length = headers['content-length'];
  if (length === undefined && headers['transfer-encoding'] !== undefined)
    return { status: 411, reason: 'length-required' };
  if (Number(length) >= (path.startsWith('/article/') ? ARTICLE_POST_LIMIT : POST_LIMIT)) {
    return { status: 413, reason: 'too-large' };
  }
  // React sends an action's arguments as form data (multipart), or as text when a form has no field.
  if (
    headers['next-action'] !== undefined &&
    !/^(multipart\/form-data|text\/plain)\b/.test(headers['content-type'] ?? '')
  ) {
    return { status: 400, reason: 'bad-action' };
  }
  return null;
}

/** Whether an Origin header names the host the request was sent to (Next's own test for server actions). */
function sameSite(origin: string, host: string | string[] | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
