import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { decideReport } from '@/lib/report-policy';
import { storageUnavailableCode } from './storage-errors';
import { prepareTestDatabase } from './test-database';

const { db, sqlite, rows } = await prepareTestDatabase();
const { comments, commentSurges } = await import('./schema');
const { createJudgedComment, reportComment } = await import('./comments');
const { changeSurgeEnd } = await import('./comment-surges');

let articleId: number;
let staffId: number;
const now = new Date('2026-01-15T12:00:00Z');

beforeEach(() => {
  sqlite.exec(
    'delete from comment_reports; delete from comments; delete from articles; delete from users; delete from sections;',
  );
  ({ articleId, authorId: staffId } = rows.article(
    { status: 'published', publishedAt: now },
    { name: 'Rédaction', email: 'red@example.com', passwordHash: 'x' },
  ));
});

const approvedComment = (values: Partial<typeof comments.$inferInsert> = {}) =>
  rows.comment(articleId, { authorEmail: 'awa@example.com', ...values });

const statusOf = (id: number) =>
  db
    .select({ status: comments.status, reportCount: comments.reportCount })
    .from(comments)
    .where(eq(comments.id, id))
    .get();

const report = (commentId: number, reader: string, address: string | null, hideAt = 3, at = now) =>
  reportComment({ commentId, readerHash: reader, addressHash: address, reason: 'insulte', now: at }, (facts) =>
    decideReport(facts, hideAt),
  );

describe('reportComment', () => {
  it('counts a reader who drops the cookie once: one address, three cookies, still visible', () => {
    const id = approvedComment();
    expect(report(id, 'cookie-1', 'address-1').recorded).toBe(true);
    expect(report(id, 'cookie-2', 'address-1').recorded).toBe(false);
    expect(report(id, 'cookie-3', 'address-1').recorded).toBe(false);
    expect(statusOf(id)).toEqual({ status: 'approved', reportCount: 1 });
  });

  it('counts a reader who changes address but keeps the cookie once', () => {
    const id = approvedComment();
    report(id, 'cookie-1', 'address-1');
    expect(report(id, 'cookie-1', 'address-2').recorded).toBe(false);
    expect(statusOf(id)?.reportCount).toBe(1);
  });

  it('takes the comment down at three distinct readers', () => {
    const id = approvedComment();
    report(id, 'cookie-1', 'address-1');
    report(id, 'cookie-2', 'address-2');
    expect(report(id, 'cookie-3', 'address-3')).toMatchObject({ recorded: true, hidden: true });
    expect(statusOf(id)).toEqual({ status: 'pending', reportCount: 3 });
  });

  it('hides a comment already past a threshold lowered since', () => {
    const id = approvedComment({ reportCount: 4 });
    expect(report(id, 'cookie-9', 'address-9', 3).hidden).toBe(true);
  });

  it('never hides a newsroom reply', () => {
    const id = approvedComment({ staffUserId: staffId });
    for (const n of [1, 2, 3, 4]) report(id, `cookie-${n}`, `address-${n}`);
    expect(statusOf(id)).toEqual({ status: 'approved', reportCount: 0 });
  });

  it('stops counting an address after ten reports in an hour, and counts it again an hour later', () => {
    const targets = Array.from({ length: 12 }, (_, i) => approvedComment({ body: `Avis ${i}` }));
    const counted = targets.map((id, i) => report(id, `cookie-${i}`, 'address-busy').recorded);
    expect(counted.filter(Boolean)).toHaveLength(10);
    const later = new Date(now.getTime() + 3_601_000);
    expect(report(targets[11], 'cookie-x', 'address-busy', 3, later).recorded).toBe(true);
  });
});

describe('createJudgedComment', () => {
  const comment = (body: string) => ({
    articleId,
    parent: null,
    replyToName: null,
    authorName: 'Awa',
    authorEmail: 'awa@example.com',
    authorEmailHash: 'h-awa',
    authorUrl: null,
    body,
    ip: '198.51.100.7',
    userAgent: null,
    createdAt: now,
  });
  const judge = (history: { sameBodyOnArticle: boolean }) =>
    history.sameBodyOnArticle ? { refused: 'duplicate' as const } : { status: 'pending' as const, heldReason: 'x' };
  const pace = { surgeComments: 30, surgeMinutes: 10, surgeHoldMinutes: 60 };

  it('judges on the history as it is under the write lock: the same text twice is stored once', () => {
    expect(createJudgedComment(comment('Deux fois.'), pace, judge)).toMatchObject({ status: 'pending' });
    expect(createJudgedComment(comment('Deux fois.'), pace, judge)).toEqual({ refused: 'duplicate' });
    expect(db.select().from(comments).all()).toHaveLength(1);
  });

  it('starts a surge with the comment past the threshold, and tells the ones after it', () => {
    const seen: boolean[] = [];
    const judgeAndNote = (_history: unknown, article: { surging: boolean }) => {
      seen.push(article.surging);
      return { status: 'pending' as const, heldReason: 'x' };
    };
    const tight = { surgeComments: 2, surgeMinutes: 10, surgeHoldMinutes: 60 };
    for (const n of [1, 2, 3, 4])
      createJudgedComment({ ...comment(`Avis ${n}`), authorEmailHash: `h-${n}` }, tight, judgeAndNote);
    expect(seen).toEqual([false, false, true, true]);
    const [surge] = db.select().from(commentSurges).all();
    expect(surge.endsAt).toEqual(new Date(now.getTime() + 60 * 60_000));
    // Ended by staff: the comments that started it do not start another.
    expect(changeSurgeEnd(surge.id, () => now, now, { staffId: null as unknown as number, ip: null })).toBe(true);
    createJudgedComment(
      { ...comment('Après'), authorEmailHash: 'h-5', createdAt: new Date(now.getTime() + 1_000) },
      tight,
      judgeAndNote,
    );
    expect(seen.at(-1)).toBe(false);
    expect(changeSurgeEnd(surge.id, () => now, now, { staffId: null as unknown as number, ip: null })).toBe(false);
  });

  it('fails as "storage unavailable" while another connection holds the write lock, and stores nothing', () => {
    const other = new Database(process.env.DATABASE_PATH!);
    sqlite.pragma('busy_timeout = 0');
    other.exec('begin exclusive');
    try {
      let thrown: unknown;
      try {
        createJudgedComment(comment('Bloqué.'), pace, judge);
      } catch (error) {
        thrown = error;
      }
      expect(storageUnavailableCode(thrown)).toMatch(/^SQLITE_BUSY/);
    } finally {
      other.exec('rollback');
      other.close();
      sqlite.pragma('busy_timeout = 5000');
    }
    expect(db.select().from(comments).all()).toHaveLength(0);
    expect(createJudgedComment(comment('Bloqué.'), pace, judge)).toMatchObject({ status: 'pending' });
  });
});
