import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, rows } = await prepareTestDatabase();
const { commenterRules, comments, loginAttempts, staffSessions } = await import('./schema');
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
    ).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
