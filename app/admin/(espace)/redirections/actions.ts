'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { deleteRedirect, saveRedirect } from '@/db/redirects';
import { redirectFormSchema } from '@/lib/redirect-form';

const PAGE = '/admin/redirections';

// Redirects are read where no page matched, per request: there is no cached page to revalidate.
export async function saveRedirectAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const parsed = redirectFormSchema.safeParse({ path: formData.get('path'), target: formData.get('target') });
  if (!parsed.success) redirect(`${PAGE}?fait=invalid`);
  saveRedirect(parsed.data, { staffId: staff.id, ip: await clientIp() });
  redirect(`${PAGE}?fait=saved`);
}

export async function deleteRedirectAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const path = String(formData.get('path') ?? '');
  deleteRedirect(path, { staffId: staff.id, ip: await clientIp() });
  redirect(`${PAGE}?fait=removed`);
}
