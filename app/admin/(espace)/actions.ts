'use server';

import { redirect } from 'next/navigation';
import { endStaffSession } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/request-ip';
import { currentStaff, SIGN_IN_PATH } from '@/app/_server/staff-guard';
import { recordAudit } from '@/db/audit';

export async function signOutAction(): Promise<void> {
  const staff = await currentStaff();
  if (staff) recordAudit([{ userId: staff.id, action: 'auth.signout', ip: await clientIp() }]);
  await endStaffSession();
  redirect(`${SIGN_IN_PATH}?sortie`);
}
