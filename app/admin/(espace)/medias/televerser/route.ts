import { storeImage } from '@/lib/media-store';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaffForRoute } from '@/app/_server/staff-guard';
import { formDataOf, fromThisSite, readLimited } from '@/app/_server/upload-body';
import { addMedia } from '@/db/media';
import { cleanText } from '@/lib/clean-text';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';
import { MAX_UPLOAD_FILES, MAX_UPLOAD_POST_BYTES } from '@/lib/media-upload';

// Where an article's form sent the picture from: back there, with the new picture chosen as its image.
const articlePage = /^\/admin\/articles\/(\d{1,9}|nouveau)$/;

/**
 * Uploads to the media library (editors, admins): several pictures in one plain multipart post, so it works
 * without JavaScript. Each is checked by its content, decoded under a pixel limit and re-encoded
 * (lib/media-store.ts); the refused ones are counted, the others stored.
 */
export async function POST(request: Request) {
  const access = await requireStaffForRoute('articles');
  if ('refusal' in access) return access.refusal;
  if (!fromThisSite(request)) return new Response(null, { status: 403 });
  const see = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

  const body = await readLimited(request, MAX_UPLOAD_POST_BYTES);
  const form = body && (await formDataOf(request, body));
  const back = form?.get('retour');
  const article = typeof back === 'string' && articlePage.test(back) ? back : null;
  const answer = (result: string) =>
    see(article ? `${article}?image=${result}#image` : `/admin/medias?televersement=${result}`);
  if (!body) return answer('size');
  if (!form) return answer('missing');

  const files = form
    .getAll('fichiers')
    .filter((file): file is File => file instanceof File && file.size > 0)
    .slice(0, MAX_UPLOAD_FILES);
  if (files.length === 0) return answer('missing');
  const stored = [];
  let tooLarge = 0;
  for (const file of files) {
    if (file.size > MAX_IMAGE_BYTES) {
      tooLarge++;
      continue;
    }
    const image = await storeImage(new Uint8Array(await file.arrayBuffer()));
    if (image) stored.push({ ...image, bytes: file.size, name: cleanText(file.name).slice(0, 200) || image.src });
  }
  if (stored.length === 0) return answer(tooLarge ? 'size' : 'type');
  const ids = addMedia(stored, { staffId: access.staff.id, ip: await clientIp() });
  if (article) return see(`${article}?image=${ids[0]}#image`);
  return see(`/admin/medias?ajoutees=${ids.length}&refusees=${files.length - ids.length}`);
}
