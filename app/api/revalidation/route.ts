import { revalidatePath, revalidateTag } from 'next/cache';
import { purgeEdge } from '@/app/_server/edge-purge';
import { ARTICLE_FEEDS_TAG } from '@/app/_server/feed-response';
import { isSiteRevalidation } from '@/app/_server/site-revalidation';
import { SITEMAPS_TAG } from '@/app/_server/sitemap-files';

// After an import of a whole archive, every page may show something new: all of them are regenerated on
// their next visit and the edge drops everything, rather than listing thousands of addresses.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Response {
  if (!isSiteRevalidation(request.headers.get('authorization')))
    return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  revalidatePath('/', 'layout');
  revalidateTag(ARTICLE_FEEDS_TAG, { expire: 0 });
  revalidateTag(SITEMAPS_TAG, { expire: 0 });
  purgeEdge({ everything: true });
  return Response.json({ revalidated: true }, { headers: { 'cache-control': 'no-store' } });
}
