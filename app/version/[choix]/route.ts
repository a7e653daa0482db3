import { config } from '@/lib/config';
import { isReadingVersion, VERSION_COOKIE, versionReturnPath } from '@/lib/reading-version';

// The reader's choice is theirs alone: never cached, here or at the edge.
export const dynamic = 'force-dynamic';

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The footer's "Version légère" / "Version complète" links: a plain link, so it works without JavaScript.
 * The choice is kept in a cookie and the reader is sent back to the page they were reading, which the site's
 * server then answers in the chosen version (scripts/light-responses.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ choix: string }> }): Promise<Response> {
  const { choix } = await params;
  if (!isReadingVersion(choix)) return new Response(null, { status: 303, headers: { location: '/introuvable' } });
  const url = new URL(request.url);
  const target = versionReturnPath(
    url.searchParams.get('retour'),
    request.headers.get('referer'),
    new URL(config.siteUrl).origin,
  );
  const secure = config.siteUrl.startsWith('https:') ? '; Secure' : '';
  return new Response(null, {
    status: 303,
    headers: {
      location: target,
      'cache-control': 'no-store, private',
      'set-cookie': `${VERSION_COOKIE}=${choix}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax; HttpOnly${secure}`,
    },
  });
}
