import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { secretFor } from '@/lib/secret';

// A command-line tool that changed the whole site (the WordPress import) asks the running server, through
// /api/revalidation, to regenerate its pages: only a request of Next's can revalidate. The token comes
// from the site's secret, which the tool and the server share (AUTH_SECRET or secret.key beside the database).

export const siteRevalidationToken = () => secretFor('site-revalidation');

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the Authorization header carries the token, compared in constant time. */
export function isSiteRevalidation(authorization: string | null): boolean {
  const token = authorization?.match(/^Bearer (.+)$/)?.[1];
  return token !== undefined && timingSafeEqual(digest(token), digest(siteRevalidationToken()));
}
