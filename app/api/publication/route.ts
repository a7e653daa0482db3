import { isPublicationClock } from '@/app/_server/publication-clock';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { listArticlesDueBetween } from '@/db/articles';

// Called by the server's own publication clock (app/_server/publication-clock.ts), never cached.
export const dynamic = 'force-dynamic';

const DAY_MS = 86_400_000;

export async function POST(request: Request): Promise<Response> {
  if (!isPublicationClock(request.headers.get('authorization')))
    return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  const url = new URL(request.url);
  const from = Number(url.searchParams.get('depuis'));
  const to = Number(url.searchParams.get('jusqua'));
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from >= to || to - from > DAY_MS || to > Date.now())
    return new Response(null, { status: 400 });
  const due = listArticlesDueBetween(new Date(from), new Date(to));
  for (const article of due) revalidateArticle(article);
  return Response.json({ revalidated: due.length }, { headers: { 'cache-control': 'no-store' } });
}
