import { findRedirect } from '@/db/redirects';
import { redirectLookups } from '@/lib/old-address';

// Reached only through the fallback rewrite in next.config.ts, after every page and file failed to
// match, and for /?p=ID: the redirects table is read where a page is not found, never on a cached page.
export const dynamic = 'force-dynamic';

export function GET(request: Request, context: RouteContext<'/ancienne-adresse/[[...path]]'>) {
  return context.params.then(({ path = [] }) => {
    const url = new URL(request.url);
    // Decoded by normaliseOldPath, which leaves a malformed escape as it is instead of throwing.
    const requested = '/' + path.join('/');
    const target = findRedirect(redirectLookups(requested, url.searchParams));
    // A relative Location keeps the answer right behind any proxy; one hop, permanent.
    if (target) return new Response(null, { status: 301, headers: { Location: encodeURI(target) } });
    return new Response(null, { status: 307, headers: { Location: '/introuvable' } });
  });
}

export const HEAD = GET;
