import { listingFeedResponse } from '@/app/_server/feed-response';

export async function GET(request: Request, context: RouteContext<'/mot-cle/[slug]/flux/atom.xml'>) {
  return listingFeedResponse(request, { kind: 'tag', slug: (await context.params).slug }, 'atom');
}
