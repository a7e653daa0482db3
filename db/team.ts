import 'server-only';
import { and, asc, count, eq, exists, gt, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { normaliseEmail } from '@/lib/signed-token';
import { slugify } from '@/lib/slug';
import { removesLastAdmin } from '@/lib/team-rules';
import type { OutgoingMail } from '@/lib/mail-message';
import type { AccountLinkPurpose, Role } from '@/lib/vocabulary';
import { recordAuditIn } from './audit';
import { db, writeTransaction, type Tx } from './index';
import { queueMail } from './mail-outbox';
import { accountLinks, staffSessions, users } from './schema';
import { accountColumns, isActiveAccount } from './users';

type Actor = { staffId: number; ip: string | null };

/** The message that carries a link, composed once the recipient is known and queued in the same transaction. */
export type LinkMail = (to: { name: string; email: string; role: Role }, purpose: AccountLinkPurpose) => OutgoingMail;

export type MemberStatus = 'active' | 'disabled' | 'invited' | 'expired';

export type TeamMember = {
  id: number;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  lastSignInAt: Date | null;
};

// A member has a password, or was invited; a byline has neither (an imported author, a guest writer).
const wasInvited = () =>
  exists(
    db
      .select({ one: sql`1` })
      .from(accountLinks)
      .where(and(eq(accountLinks.userId, users.id), eq(accountLinks.purpose, 'invite'))),
  );
export const isMember = () => or(isNotNull(users.passwordHash), wasInvited())!;

const pendingInvite = (now: Date) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(accountLinks)
      .where(
        and(
          eq(accountLinks.userId, users.id),
          eq(accountLinks.purpose, 'invite'),
          isNull(accountLinks.usedAt),
          gt(accountLinks.expiresAt, now),
        ),
      ),
  );

const memberColumns = (now: Date) => ({
  ...accountColumns,
  lastSignInAt: users.lastSignInAt,
  pending: sql<number>`${pendingInvite(now)}`,
});

type MemberRow = Omit<TeamMember, 'status'> & {
  passwordHash: string | null;
  disabledAt: Date | null;
  pending: number;
};

function toMember({ passwordHash, disabledAt, pending, ...member }: MemberRow): TeamMember {
  const status: MemberStatus = disabledAt ? 'disabled' : passwordHash ? 'active' : pending ? 'invited' : 'expired';
  return { ...member, status };
}

/** The team (admins): every account and pending invitation, bylines left out. */
export function listTeamForStaff(now: Date): TeamMember[] {
  return db.select(memberColumns(now)).from(users).where(isMember()).orderBy(asc(users.name)).all().map(toMember);
}

export function getTeamMemberForStaff(id: number, now: Date): TeamMember | null {
  const row = db
    .select(memberColumns(now))
    .from(users)
    .where(and(eq(users.id, id), isMember()))
    .get();
  return row ? toMember(row) : null;
}

function uniqueUserSlug(tx: Tx, name: string): string {
  const base = slugify(name) || 'redaction';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get()) return slug;
  }
}

/** A new link replaces the member's unused ones of the same purpose: only the last one handed out works. */
function replaceLink(
  tx: Tx,
  link: { userId: number; purpose: AccountLinkPurpose; tokenHash: string; expiresAt: Date; createdBy: number | null },
): void {
  tx.delete(accountLinks)
    .where(
      and(eq(accountLinks.userId, link.userId), eq(accountLinks.purpose, link.purpose), isNull(accountLinks.usedAt)),
    )
    .run();
  tx.insert(accountLinks).values(link).run();
}

/**
 * Invites a member: a new account without a password, or an existing byline of that address (an imported
 * author) made a member. 'taken' when the address already belongs to a member.
 */
export function inviteMember(
  input: { email: string; name: string; role: Role; tokenHash: string; expiresAt: Date },
  actor: Actor,
  mail: LinkMail,
): { userId: number } | 'taken' {
  const email = normaliseEmail(input.email);
  return writeTransaction((tx) => {
    const existing = tx
      .select({ id: users.id, member: sql<number>`${isMember()}` })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (existing?.member) return 'taken';
    const userId = existing
      ? tx
          .update(users)
          .set({ name: input.name, role: input.role, disabledAt: null })
          .where(eq(users.id, existing.id))
          .returning({ id: users.id })
          .get().id
      : tx
          .insert(users)
          .values({ email, name: input.name, role: input.role, slug: uniqueUserSlug(tx, input.name) })
          .returning({ id: users.id })
          .get().id;
    queueMail(tx, mail({ name: input.name, email, role: input.role }, 'invite'));
    replaceLink(tx, {
      userId,
      purpose: 'invite',
      tokenHash: input.tokenHash,
      expiresAt: input.expiresAt,
      createdBy: actor.staffId,
    });
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'team.invite',
        targetType: 'user',
        targetId: userId,
        details: { role: input.role },
        ip: actor.ip,
      },
    ]);
    return { userId };
  });
}

/** An account as the writes below read it inside their transaction; `member` is 0 for a byline. */
const getMemberIn = (tx: Tx, userId: number) =>
  tx
    .select({ ...accountColumns, member: sql<number>`${isMember()}` })
    .from(users)
    .where(eq(users.id, userId))
    .get();

/**
 * A new link for a member, issued by an admin: a new password for an account that has one, a new
 * invitation for one that never accepted. Null for a disabled account or a byline.
 */
export function issueMemberLink(
  userId: number,
  link: { tokenHash: string; expiresAt: Date },
  actor: Actor,
  mail: LinkMail,
): { purpose: AccountLinkPurpose; name: string; email: string } | null {
  return writeTransaction((tx) => {
    const row = getMemberIn(tx, userId);
    if (!row?.member || row.disabledAt) return null;
    const purpose: AccountLinkPurpose = row.passwordHash ? 'reset' : 'invite';
    replaceLink(tx, { userId, purpose, ...link, createdBy: actor.staffId });
    queueMail(tx, mail({ name: row.name, email: row.email, role: row.role }, purpose));
    recordAuditIn(tx, [
      { userId: actor.staffId, action: `team.link.${purpose}`, targetType: 'user', targetId: userId, ip: actor.ip },
    ]);
    return { purpose, name: row.name, email: row.email };
  });
}

export type MemberChange = 'done' | 'unchanged' | 'lastAdmin' | 'missing';

/**
 * Changes a member's role or state, refusing to leave the site without an active admin. The write
 * transaction takes the lock before it counts the admins, so two such changes never both see "another
 * admin remains". Disabling ends every session and voids every unused link of the account.
 */
function changeMember(
  userId: number,
  change: { role?: Role; disabled?: boolean },
  actor: Actor,
  action: string,
): MemberChange {
  return writeTransaction((tx) => {
    const row = getMemberIn(tx, userId);
    if (!row?.member) return 'missing';
    const wasDisabled = row.disabledAt !== null;
    const role = change.role ?? row.role;
    const disabled = change.disabled ?? wasDisabled;
    if (role === row.role && disabled === wasDisabled) return 'unchanged';
    const otherAdmins = tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), isActiveAccount(), ne(users.id, userId)))
      .get()!.n;
    const active = (isDisabled: boolean) => row.passwordHash !== null && !isDisabled;
    if (
      removesLastAdmin({ role: row.role, active: active(wasDisabled) }, { role, active: active(disabled) }, otherAdmins)
    )
      return 'lastAdmin';
    tx.update(users)
      .set({ role, disabledAt: disabled ? (row.disabledAt ?? new Date()) : null })
      .where(eq(users.id, userId))
      .run();
    if (disabled && !wasDisabled) {
      tx.delete(staffSessions).where(eq(staffSessions.userId, userId)).run();
      // Voided rather than deleted: an invitation still marks the account as a member, not a byline.
      tx.update(accountLinks)
        .set({ expiresAt: new Date() })
        .where(and(eq(accountLinks.userId, userId), isNull(accountLinks.usedAt)))
        .run();
    }
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action,
        targetType: 'user',
        targetId: userId,
        details: change.role ? { from: row.role, to: role } : null,
        ip: actor.ip,
      },
    ]);
    return 'done';
  });
}

export function changeMemberRole(userId: number, role: Role, actor: Actor): MemberChange {
  return changeMember(userId, { role }, actor, 'team.role');
}

export function changeMemberDisabled(userId: number, disabled: boolean, actor: Actor): MemberChange {
  return changeMember(userId, { disabled }, actor, disabled ? 'team.disable' : 'team.enable');
}
