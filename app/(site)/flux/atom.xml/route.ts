import { listingFeedResponse } from '@/app/_server/feed-response';

export function GET(request: Request) {
  return listingFeedResponse(request, { kind: 'site' }, 'atom');
}
