'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { updateMediaText } from '@/db/media';
import { mediaTextSchema } from '@/lib/media-form';

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
