import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/db/audit';
import { deleteStaffSession, getStaffSessionForStaff, touchStaffSession } from '@/db/staff-sessions';
import { safeReturnPath } from '@/lib/return-path';
import { decideAccess, type Access, type Permission, type StaffMember } from '@/lib/roles';
import { sessionActivity } from '@/lib/staff-session';
import { authOptions } from './auth';
import { clientIp } from './request-ip';

/*
 * The one guard. Every staff page, server action and route handler calls it first, on the server:
 * the session cookie only names a user and a session; both are read from the database on every
 * request, so a demoted, disabled or deleted member, a session signed out (from anywhere) or left idle
 * loses access at once, whatever copy of the cookie is presented.
 */

/** The signed-in staff member as the database knows them now, with the session's id, or null. */
export async function currentStaffSession(): Promise<{ staff: StaffMember; sessionId: string } | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.staffId;
  const sessionId = session?.sessionId;
  if (typeof userId !== 'number' || !Number.isSafeInteger(userId) || !sessionId) return null;
  const found = getStaffSessionForStaff(sessionId, userId);
  if (!found) return null;
  const now = new Date();
  const activity = sessionActivity(found.lastSeenAt, now);
  if (activity.kind === 'idle') {
    deleteStaffSession(sessionId);
    return null;
  }
  if (activity.touch) touchStaffSession(sessionId, now);
  return { staff: found.staff, sessionId };
}

/** The signed-in staff member as the database knows them now, or null. */
export async function currentStaff(): Promise<StaffMember | null> {
  return (await currentStaffSession())?.staff ?? null;
}

async function decide(staff: StaffMember | null, permission: Permission): Promise<Access> {
  const access = decideAccess(staff, permission);
  if (access.kind === 'forbidden')
    recordAudit([{ userId: access.staff.id, action: 'access.denied', details: { permission }, ip: await clientIp() }]);
  return access;
}

export const SIGN_IN_PATH = '/admin/connexion';
export const FORBIDDEN_PATH = '/admin/acces-refuse';

/**
 * For pages and server actions: the allowed member, else a redirect — to the sign-in form (coming
 * back to `returnTo`), or to the refusal page for a role too low. Nothing after it runs when refused.
 */
export async function requireStaff(permission: Permission, returnTo = '/admin'): Promise<StaffMember> {
  const access = await decide(await currentStaff(), permission);
  if (access.kind === 'anonymous') redirect(`${SIGN_IN_PATH}?retour=${encodeURIComponent(safeReturnPath(returnTo))}`);
  if (access.kind === 'forbidden') redirect(FORBIDDEN_PATH);
  return access.staff;
}

/** For an action whose permission depends on what was asked (deleting for good): refused like requireStaff. */
export async function requirePermission(staff: StaffMember, permission: Permission): Promise<void> {
  if ((await decide(staff, permission)).kind !== 'allowed') redirect(FORBIDDEN_PATH);
}

/** For route handlers: the allowed member, or the 401/403 response to send. */
export async function requireStaffForRoute(
  permission: Permission,
): Promise<{ staff: StaffMember } | { refusal: Response }> {
  const access = await decide(await currentStaff(), permission);
  if (access.kind === 'allowed') return { staff: access.staff };
  return { refusal: new Response(null, { status: access.kind === 'anonymous' ? 401 : 403 }) };
}
