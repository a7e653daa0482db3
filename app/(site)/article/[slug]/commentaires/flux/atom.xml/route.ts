import { commentsFeedResponse } from '@/app/_server/feed-response';

export async function GET(request: Request, context: RouteContext<'/article/[slug]/commentaires/flux/atom.xml'>) {
  return commentsFeedResponse(request, (await context.params).slug, 'atom');
}
