import { listingFeedResponse } from '@/app/_server/feed-response';

export async function GET(request: Request, context: RouteContext<'/auteur/[slug]/flux/atom.xml'>) {
  return listingFeedResponse(request, { kind: 'author', slug: (await context.params).slug }, 'atom');
}
