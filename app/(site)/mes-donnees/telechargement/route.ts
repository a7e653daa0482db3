import { currentDataOwner } from '@/app/_server/data-session';
import { getCommenterDataForOwner } from '@/db/my-data';
import { config } from '@/lib/config';
import { DATA_PATH } from '@/lib/data-access';

export const dynamic = 'force-dynamic';

/**
 * Everything kept under the session's address, as a JSON file: the comments with what was stored with
 * them (e-mail, IP, browser), and the subscription. Nothing about anyone else: no reply, no other name.
 */
export async function GET(): Promise<Response> {
  const owner = await currentDataOwner();
  if (!owner) return new Response(null, { status: 303, headers: { location: `${config.siteUrl}${DATA_PATH}/espace` } });
  const data = getCommenterDataForOwner(owner);
  const body = {
    site: config.siteUrl,
    exportedAt: new Date().toISOString(),
    comments: data.comments.map(({ article, ...comment }) => ({
      ...comment,
      article: { title: article.title, url: `${config.siteUrl}/article/${article.slug}` },
      url: comment.status === 'approved' ? `${config.siteUrl}/commentaire/${comment.id}` : null,
    })),
    subscription: data.subscription,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees.json"',
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
