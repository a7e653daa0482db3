import type { Role } from './vocabulary';

/**
 * What each staff role may do. One table, read by the one guard (app/_server/staff-guard.ts) for every staff
 * page, server action and route handler:
 *
 *   permission         admin  editor  moderator
 *   moderate             ✓      ✓        ✓      the comment queue, editing, replying, trusting, blocking
 *   deleteComments       ✓                      permanent deletion (trash and spam are reversible)
 *   articles             ✓      ✓               writing, publishing, sections and tags
 *   settings             ✓                      the discussion settings
 *   audit                ✓                      reading the audit log
 *   team                 ✓                      inviting members, roles, disabling, password links
 */
export const permissions = ['moderate', 'deleteComments', 'articles', 'settings', 'audit', 'team'] as const;
export type Permission = (typeof permissions)[number];

const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  editor: ['moderate', 'articles'],
  moderator: ['moderate'],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** A staff member as the guard re-reads them on every request. */
export type StaffMember = { id: number; name: string; email: string; role: Role };

export type Access =
  { kind: 'allowed'; staff: StaffMember } | { kind: 'anonymous' } | { kind: 'forbidden'; staff: StaffMember };

/** The guard's decision, given who the session belongs to now (null: no session, a deleted or disabled account). */
export function decideAccess(staff: StaffMember | null, permission: Permission): Access {
  if (!staff) return { kind: 'anonymous' };
  return can(staff.role, permission) ? { kind: 'allowed', staff } : { kind: 'forbidden', staff };
}
