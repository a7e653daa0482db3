import { listingFeedResponse } from '@/app/feed-response';

export function GET(request: Request) {
  return listingFeedResponse(request, { kind: 'site' }, 'rss');
}
