'use server';

import { redirect } from 'next/navigation';
import { clearStaffCookie } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/request-ip';
import { currentStaffSession, SIGN_IN_PATH } from '@/app/_server/staff-guard';
import { recordAudit } from '@/db/audit';
import { deleteStaffSession, deleteStaffSessionsOfUser } from '@/db/staff-sessions';

/** Ends this session on the server, so that a copy of its cookie opens nothing either. */
export async function signOutAction(): Promise<void> {
  const current = await currentStaffSession();
  if (current) {
    deleteStaffSession(current.sessionId);
    recordAudit([{ userId: current.staff.id, action: 'auth.signout', ip: await clientIp() }]);
  }
  await clearStaffCookie();
  redirect(`${SIGN_IN_PATH}?sortie`);
}

/** "Se déconnecter partout": ends every session of the member, in every browser, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const current = await currentStaffSession();
  if (current) {
    const sessions = deleteStaffSessionsOfUser(current.staff.id);
    recordAudit([
      { userId: current.staff.id, action: 'auth.signout.everywhere', details: { sessions }, ip: await clientIp() },
    ]);
  }
  await clearStaffCookie();
  redirect(`${SIGN_IN_PATH}?sortie`);
}
