import { getCommentPermalink } from '@/db/comment-permalink';
import { getSettings } from '@/db/settings';
import { config } from '@/lib/config';

export const dynamic = 'force-dynamic';

/**
 * A comment's lasting address, used in e-mail: the page of comments that holds it moves as threads are
 * added, so the message links here and the server sends the reader to wherever it is now.
 */
export async function GET(_request: Request, context: RouteContext<'/commentaire/[id]'>): Promise<Response> {
  const { id } = await context.params;
  const { threadsPerPage, threadOrder } = getSettings();
  const found = /^\d{1,12}$/.test(id) ? getCommentPermalink(Number(id), threadsPerPage, threadOrder) : null;
  const target = found
    ? `/article/${found.slug}${found.page > 1 ? `?cpage=${found.page}` : ''}#comment-${id}`
    : '/introuvable';
  return new Response(null, { status: 303, headers: { location: `${config.siteUrl}${target}` } });
}
