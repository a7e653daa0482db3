import { unsubscribe } from '@/db/mail-subscriptions';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { readUnsubscribeToken } from '@/lib/mail-links';

export const dynamic = 'force-dynamic';

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('jeton') ?? '';
const redirectTo = (query: string) =>
  new Response(null, { status: 303, headers: { location: `${config.siteUrl}/courriel/desabonnement?${query}` } });

/** The List-Unsubscribe address opened in a browser: the page with the buttons. */
export function GET(request: Request): Response {
  return redirectTo(`jeton=${encodeURIComponent(tokenOf(request))}`);
}

/**
 * Unsubscribes what the signed link names. A mail client's one-click post (RFC 8058: the body
 * `List-Unsubscribe=One-Click`, no cookie, no form token: the signed link is the authority) is answered with a
 * short text; the page's buttons are sent back to the page.
 */
export async function POST(request: Request): Promise<Response> {
  const link = readUnsubscribeToken(tokenOf(request));
  const body = await request.text().catch(() => '');
  const oneClick = body.includes('List-Unsubscribe=One-Click');
  if (!link)
    return oneClick
      ? new Response(t.mail.unsubscribePage.invalid, {
          status: 400,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        })
      : redirectTo('invalide=1');
  unsubscribe(link.emailHash, link.scope);
  if (oneClick) return new Response(t.mail.oneClickDone, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return redirectTo(`fait=${link.scope === 'all' ? 'tout' : 'discussion'}`);
}
