import type { Role } from './vocabulary';

/** An account as the last-admin rule sees it. */
export type AdminFacts = { role: Role; active: boolean };

/**
 * Whether a change would leave the site with no active admin: it demotes or disables an active admin
 * while no other active admin exists. The count is read in the same write transaction as the change, so
 * two admins demoting each other at once cannot both pass (db/team.ts).
 */
export function removesLastAdmin(before: AdminFacts, after: AdminFacts, otherActiveAdmins: number): boolean {
  const wasAdmin = before.role === 'admin' && before.active;
  const staysAdmin = after.role === 'admin' && after.active;
  return wasAdmin && !staysAdmin && otherActiveAdmins === 0;
}
