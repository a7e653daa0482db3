import { confirmAddress } from '@/db/mail-subscriptions';
import { config } from '@/lib/config';
import { readConfirmToken } from '@/lib/mail-links';

/**
 * The button of the confirmation page. Confirming takes a post, not the link's GET: a mail scanner that
 * opens every link cannot confirm an address on its owner's behalf.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('jeton') ?? '';
  const hash = readConfirmToken(token, new Date());
  const done = hash !== null && confirmAddress(hash, new Date());
  return new Response(null, {
    status: 303,
    headers: { location: `${config.siteUrl}/courriel/confirmation?${done ? 'fait=1' : 'invalide=1'}` },
  });
}
