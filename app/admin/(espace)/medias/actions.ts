'use server';

import { redirect } from 'next/navigation';
import { purgeEdge } from '@/app/_server/edge-purge';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { deleteMedia, updateMediaText } from '@/db/media';
import { mediaTextSchema } from '@/lib/media-form';
import { removeImage } from '@/lib/media-store';

const PAGE = '/admin/medias';

/**
 * A picture's alt text, caption and credit. Articles that already show it keep the words they were saved
 * with until they are saved again; new uses take these.
 */
export async function updateMediaAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const id = Number(formData.get('id'));
  const parsed = mediaTextSchema.safeParse({
    alt: formData.get('alt'),
    caption: formData.get('caption'),
    credit: formData.get('credit'),
  });
  if (!Number.isSafeInteger(id) || id < 1 || !parsed.success) redirect(`${PAGE}?televersement=invalid#image-${id}`);
  updateMediaText(id, parsed.data, { staffId: staff.id, ip: await clientIp() });
  redirect(`${PAGE}?televersement=saved#image-${id}`);
}

/**
 * Deletes a picture after the page's confirmation, unless an article or a profile still shows it: then
 * the confirmation comes back listing where (the list is read again in the write, so a save made since
 * the confirmation was shown counts). The file goes with it: a deleted picture is a picture taken down.
 */
export async function deleteMediaAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const id = Number(formData.get('id'));
  if (!Number.isSafeInteger(id) || id < 1) redirect(`${PAGE}?televersement=invalid`);
  const result = deleteMedia(id, { staffId: staff.id, ip: await clientIp() });
  if (result && 'usedBy' in result) redirect(`${PAGE}?supprimer=${id}&refusee#suppression`);
  if (result) {
    await removeImage(result.deleted.src);
    // Its address was served as immutable: the edge would keep it for a year.
    purgeEdge({ paths: [result.deleted.src] });
  }
  redirect(`${PAGE}?televersement=deleted`);
}
