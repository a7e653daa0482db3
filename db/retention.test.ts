import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, sqlite, rows } = await prepareTestDatabase();
const {
  accountLinks,
  commenterRules,
  comments,
  dataAccessRequests,
  dataAccessTokens,
  loginAttempts,
  mailConfirmations,
  mailOutbox,
  passwordResetRequests,
  staffSessions,
} = await import('./schema');
const { applyRetention } = await import('./retention');
const { retentionCutoffs } = await import('@/lib/retention');

const DAY = 86_400_000;
const now = new Date(Date.UTC(2026, 5, 1, 12));
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

const { articleId, authorId: userId } = rows.article();
const addComment = (values: Partial<typeof comments.$inferInsert>) =>
  rows.comment(articleId, { userAgent: 'Firefox', ...values });
const row = (id: number) => db.select().from(comments).where(eq(comments.id, id)).get();

describe('applyRetention, with the default 30 days', () => {
  it('erases what has passed its time, and nothing else', () => {
    const old = addComment({ createdAt: daysAgo(31) });
    const recent = addComment({ createdAt: daysAgo(29) });
    const oldSpam = addComment({ status: 'spam', createdAt: daysAgo(31) });
    const recentSpam = addComment({ status: 'spam', createdAt: daysAgo(5) });
    const oldTrash = addComment({ status: 'trash', createdAt: daysAgo(40), authorUrl: 'https://awa.cm/' });
    const replyToTrash = addComment({ parentId: oldTrash, threadId: oldTrash, depth: 1, createdAt: daysAgo(2) });
    db.insert(loginAttempts)
      .values([
        { email: 'u@example.com', ip: '203.0.113.1', success: false, at: daysAgo(31) },
        { email: 'u@example.com', ip: '203.0.113.1', success: true, at: daysAgo(1) },
      ])
      .run();
    db.insert(staffSessions)
      .values([
        { id: 'idle', userId, lastSeenAt: new Date(now.getTime() - 3 * 3_600_000) },
        { id: 'live', userId, lastSeenAt: new Date(now.getTime() - 60_000) },
      ])
      .run();
    db.insert(commenterRules)
      .values([
        { kind: 'block', ip: '203.0.113.9', expiresAt: daysAgo(1) },
        { kind: 'block', ip: '203.0.113.10', expiresAt: null },
      ])
      .run();

    const report = applyRetention(retentionCutoffs({ retentionIpDays: 30, retentionSpamDays: 30 }, now));
    expect(report).toEqual({
      addressesErased: 3,
      commentsDeleted: 1,
      commentsEmptied: 1,
      loginAttemptsDeleted: 1,
      sessionsDeleted: 1,
      rulesDeleted: 1,
      mailDeleted: 0,
      tokensDeleted: 0,
      limitRecordsDeleted: 0,
    });
    expect(row(old)).toMatchObject({ ip: null, userAgent: null, body: 'Un avis.' });
    expect(row(recent)).toMatchObject({ ip: '198.51.100.7', userAgent: 'Firefox' });
    expect(row(oldSpam)).toBeUndefined();
    expect(row(recentSpam)).toMatchObject({ status: 'spam', ip: '198.51.100.7' });
    // A trashed comment with a reply under it: emptied of its author, kept for the thread's shape.
    expect(row(oldTrash)).toMatchObject({ body: '', authorName: '', authorEmail: '', authorUrl: null, ip: null });
    expect(row(replyToTrash)).toMatchObject({ parentId: oldTrash, ip: '198.51.100.7' });
    expect(
      db
        .select()
        .from(staffSessions)
        .all()
        .map((s) => s.id),
    ).toEqual(['live']);
    expect(
      db
        .select()
        .from(commenterRules)
        .all()
        .map((r) => r.ip),
    ).toEqual(['203.0.113.10']);

    // Run again: nothing left to do.
    expect(
      Object.values(applyRetention(retentionCutoffs({ retentionIpDays: 30, retentionSpamDays: 30 }, now))),
    ).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('deletes messages sent or failed after the period, used or expired links, and rate-limit records after a day', () => {
    const mail = (id: number, status: 'sent' | 'failed' | 'pending' | 'retrying', createdAt: Date) => ({
      id,
      kind: 'reply',
      recipientSealed: 'sealed',
      recipientHash: 'h-awa',
      subject: 'Objet',
      status,
      nextAttemptAt: createdAt,
      createdAt,
    });
    db.insert(mailOutbox)
      .values([
        mail(1, 'sent', daysAgo(31)),
        mail(2, 'failed', daysAgo(31)),
        mail(3, 'retrying', daysAgo(31)),
        mail(4, 'sent', daysAgo(29)),
      ])
      .run();
    const token = (tokenHash: string, values: { expiresAt: Date; usedAt?: Date }) => ({
      tokenHash,
      emailHash: 'h-awa',
      kind: 'link' as const,
      ...values,
    });
    db.insert(dataAccessTokens)
      .values([
        token('expired', { expiresAt: daysAgo(0.01) }),
        token('used', { expiresAt: daysAgo(-0.01), usedAt: daysAgo(0.02) }),
        token('live', { expiresAt: daysAgo(-0.01) }),
      ])
      .run();
    const link = (tokenHash: string, purpose: 'invite' | 'reset', values: { expiresAt: Date; usedAt?: Date }) => ({
      tokenHash,
      userId,
      purpose,
      ...values,
    });
    db.insert(accountLinks)
      .values([
        link('reset-expired', 'reset', { expiresAt: daysAgo(1) }),
        link('invite-used', 'invite', { expiresAt: daysAgo(1), usedAt: daysAgo(2) }),
        link('invite-expired', 'invite', { expiresAt: daysAgo(1) }),
        link('reset-live', 'reset', { expiresAt: daysAgo(-1) }),
      ])
      .run();
    db.insert(dataAccessRequests)
      .values([
        { emailHash: 'h-awa', createdAt: daysAgo(1.1) },
        { emailHash: 'h-awa', createdAt: daysAgo(0.9) },
      ])
      .run();
    db.insert(passwordResetRequests)
      .values({ emailHash: 'h', ip: '203.0.113.1', at: daysAgo(1.1) })
      .run();
    db.insert(mailConfirmations)
      .values({ emailHash: 'h-awa', createdAt: daysAgo(1.1) })
      .run();

    const report = applyRetention(retentionCutoffs({ retentionIpDays: 30, retentionSpamDays: 30 }, now));
    expect(report).toMatchObject({ mailDeleted: 2, tokensDeleted: 4, limitRecordsDeleted: 3 });
    expect(
      db
        .select()
        .from(mailOutbox)
        .all()
        .map((m) => m.id),
    ).toEqual([3, 4]);
    expect(
      db
        .select()
        .from(dataAccessTokens)
        .all()
        .map((t) => t.tokenHash),
    ).toEqual(['live']);
    expect(
      db
        .select()
        .from(accountLinks)
        .all()
        .map((l) => l.tokenHash),
    ).toEqual(['invite-expired', 'reset-live']);
    expect(db.select().from(dataAccessRequests).all()).toHaveLength(1);
  });

  it('leaves nothing of what it deleted in the database file, whole pages of it included', () => {
    sqlite.exec('VACUUM');
    for (let n = 0; n < 200; n++)
      addComment({
        status: 'spam',
        createdAt: daysAgo(40),
        ip: '192.0.2.250',
        body: `${'Pourriel. '.repeat(100)}${n}`,
      });
    applyRetention(retentionCutoffs({ retentionIpDays: 30, retentionSpamDays: 30 }, now));
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = fs.readFileSync(process.env.DATABASE_PATH!);
    expect(file.includes(Buffer.from('192.0.2.250'))).toBe(false);
    expect(file.includes(Buffer.from('Pourriel.'))).toBe(false);
  });
});
