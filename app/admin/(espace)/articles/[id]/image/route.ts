import { z } from 'zod';
import { storeImage } from '@/app/_server/media-store';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaffForRoute } from '@/app/_server/staff-guard';
import { fromThisSite, readUploadForm } from '@/app/_server/upload-form';
import { setArticleHero } from '@/db/staff-articles';
import { articleLimits } from '@/lib/article-form';
import { cleanText } from '@/lib/clean-text';

const heroText = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw) : ''),
  z.string().max(articleLimits.heroText),
);
const fieldsSchema = z.object({ alt: heroText.refine((alt) => alt.length > 0), caption: heroText, credit: heroText });

/**
 * The hero image of an article (editors, admins): a plain multipart form post, so it works without
 * JavaScript. Size and type are checked on the server, by content; the answer goes back to the form.
 */
export async function POST(request: Request, context: RouteContext<'/admin/articles/[id]/image'>) {
  const access = await requireStaffForRoute('articles');
  if ('refusal' in access) return access.refusal;
  if (!fromThisSite(request)) return new Response(null, { status: 403 });
  const id = Number((await context.params).id);
  if (!Number.isSafeInteger(id) || id < 1) return new Response(null, { status: 404 });
  const back = (result: string) =>
    new Response(null, { status: 303, headers: { Location: `/admin/articles/${id}?image=${result}#image` } });

  const form = await readUploadForm(request);
  if (typeof form === 'string') return back(form);
  const fields = fieldsSchema.safeParse({
    alt: form.get('alt'),
    caption: form.get('caption'),
    credit: form.get('credit'),
  });
  if (!fields.success) return back('alt');
  const file = form.get('image');
  if (!(file instanceof File) || file.size === 0) return back('missing');
  const stored = await storeImage(new Uint8Array(await file.arrayBuffer()));
  if (!stored) return back('type');

  const routes = setArticleHero(
    id,
    { ...stored, alt: fields.data.alt, caption: fields.data.caption || null, credit: fields.data.credit || null },
    { staffId: access.staff.id, ip: await clientIp() },
  );
  if (!routes) return new Response(null, { status: 404 });
  revalidateArticle(routes);
  return back('ok');
}
