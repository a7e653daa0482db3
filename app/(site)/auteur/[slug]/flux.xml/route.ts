import { listingFeedResponse } from '@/app/_server/feed-response';

export async function GET(request: Request, context: RouteContext<'/auteur/[slug]/flux.xml'>) {
  return listingFeedResponse(request, { kind: 'author', slug: (await context.params).slug }, 'rss');
}
