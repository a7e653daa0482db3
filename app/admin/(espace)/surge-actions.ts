'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { changeSurgeEnd } from '@/db/comment-surges';
import { getSettings } from '@/db/settings';

const surgeForm = z.object({ surgeId: z.coerce.number().int().positive() });

async function changeEnd(formData: FormData, change: (endsAt: Date, now: Date) => Date): Promise<void> {
  const staff = await requireStaff('moderate', '/admin');
  const parsed = surgeForm.safeParse({ surgeId: formData.get('surgeId') });
  if (parsed.success) {
    const now = new Date();
    changeSurgeEnd(parsed.data.surgeId, (endsAt) => change(endsAt, now), now, {
      staffId: staff.id,
      ip: await clientIp(),
    });
  }
  revalidatePath('/admin');
  redirect('/admin');
}

/** "Lever la retenue": the article's new comments are judged as usual again from now on. */
export async function endSurgeAction(formData: FormData): Promise<void> {
  await changeEnd(formData, (_endsAt, now) => now);
}

/** "Prolonger": the surge lasts one more hold period (the setting) past its current end. */
export async function extendSurgeAction(formData: FormData): Promise<void> {
  const { surgeHoldMinutes } = getSettings();
  await changeEnd(formData, (endsAt) => new Date(endsAt.getTime() + surgeHoldMinutes * 60_000));
}
