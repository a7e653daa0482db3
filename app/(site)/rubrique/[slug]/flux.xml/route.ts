import { listingFeedResponse } from '@/app/_server/feed-response';

export async function GET(request: Request, context: RouteContext<'/rubrique/[slug]/flux.xml'>) {
  return listingFeedResponse(request, { kind: 'section', slug: (await context.params).slug }, 'rss');
}
