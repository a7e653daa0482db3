import { z } from 'zod';
import { storeImage } from '@/lib/media-store';
import { clientIp } from '@/app/_server/request-ip';
import { revalidateArticle } from '@/app/_server/revalidate-article';
import { requireStaffForRoute } from '@/app/_server/staff-guard';
import { setArticleHero } from '@/db/staff-articles';
import { articleLimits } from '@/lib/article-form';
import { cleanText } from '@/lib/clean-text';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';

// The file plus a few text fields and the multipart framing.
const MAX_POST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

const heroText = z.preprocess(
  (raw) => (typeof raw === 'string' ? cleanText(raw) : ''),
  z.string().max(articleLimits.heroText),
);
const fieldsSchema = z.object({ alt: heroText.refine((alt) => alt.length > 0), caption: heroText, credit: heroText });

async function readLimited(request: Request): Promise<Buffer | null> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > MAX_POST_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** Route handlers have no cross-site check of their own (server actions do): a post from another site is refused. */
function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

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

  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES) return back('size');
  const body = await readLimited(request);
  if (!body) return back('size');
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return back('missing');
  }
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
