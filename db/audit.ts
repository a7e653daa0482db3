import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db, writeTransaction, type Tx } from './index';
import { auditLog, users } from './schema';

/** One staff action as recorded; `details` is small JSON (never a password). */
export type AuditEntry = {
  userId: number | null;
  action: string;
  targetType?: string | null;
  targetId?: number | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
};

/** Writes audit rows inside the transaction of the change they describe, so both commit or neither does. */
export function recordAuditIn(tx: Tx, entries: AuditEntry[]): void {
  if (entries.length === 0) return;
  tx.insert(auditLog)
    .values(
      entries.map((entry) => ({
        userId: entry.userId,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        details: entry.details ? JSON.stringify(entry.details) : null,
        ip: entry.ip ?? null,
      })),
    )
    .run();
}

/**
 * Records events that change no data (a sign-in, a refused access, a sign-out) in their own transaction.
 * Inside another transaction it throws (writeTransaction does not nest): use recordAuditIn(tx, …) there.
 */
export function recordAudit(entries: AuditEntry[]): void {
  writeTransaction((tx) => recordAuditIn(tx, entries));
}

/** The batch id of an audit row (one click's changes, undone together), from its details. */
export const auditBatch = sql`json_extract(${auditLog.details}, '$.batch')`;

export type AuditRow = {
  id: number;
  at: Date;
  userName: string | null;
  action: string;
  targetType: string | null;
  targetId: number | null;
  details: string | null;
  ip: string | null;
};

export const AUDIT_PER_PAGE = 50;

/** A page of the audit log, newest first, filtered by action prefix ("comment.") and staff member. */
export function listAuditForStaff(filter: { action?: string; userId?: number; page: number }): {
  rows: AuditRow[];
  pageCount: number;
} {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()!.n;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PER_PAGE)
    .offset((filter.page - 1) * AUDIT_PER_PAGE)
    .all();
  return { rows, pageCount: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)) };
}

/** The actions present in the log, for the filter. */
export function listAuditActions(): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((row) => row.action);
}

/** The staff members who appear in the log, for the filter. */
export function listAuditStaff(): { id: number; name: string }[] {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .orderBy(users.name)
    .all();
}
