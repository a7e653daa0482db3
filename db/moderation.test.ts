import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, sqlite, rows } = await prepareTestDatabase();
const { articles, auditLog, commentReports, comments } = await import('./schema');
const { writeTransaction } = await import('./index');
const { recordAuditIn } = await import('./audit');
const { emailHash, sealEmail } = await import('@/lib/commenter-identity');
const moderation = { ...(await import('./moderation-queue')), ...(await import('./moderation-decisions')) };

let articleId: number;
let otherArticleId: number;
let staffId: number;
const actor = (batch: string) => ({ staffId, ip: '203.0.113.9', batch });

function addComment(values: Partial<typeof comments.$inferInsert> = {}): number {
  const id = rows.comment(values.articleId ?? articleId, {
    authorEmail: 'awa@example.com',
    status: 'pending',
    heldReason: 'first-comment',
    ...values,
  });
  if (values.status === 'approved')
    db.update(articles)
      .set({
        commentCount: sqlite
          .prepare('select count(*) as n from comments where article_id = ? and status = ?')
          .pluck()
          .get(values.articleId ?? articleId, 'approved') as number,
      })
      .where(eq(articles.id, values.articleId ?? articleId))
      .run();
  return id;
}

const status = (id: number) =>
  db
    .select({ status: comments.status, heldReason: comments.heldReason, reportCount: comments.reportCount })
    .from(comments)
    .where(eq(comments.id, id))
    .get();
const countOf = (id = articleId) =>
  db.select({ n: articles.commentCount }).from(articles).where(eq(articles.id, id)).get()!.n;

beforeEach(() => {
  sqlite.exec(
    'delete from audit_log; delete from comment_reports; delete from comments; delete from articles; delete from users; delete from sections;',
  );
  const published = { status: 'published' as const, publishedAt: new Date() };
  ({ articleId, authorId: staffId } = rows.article(
    { ...published, slug: 'premier', title: 'premier' },
    {
      name: 'Modo',
      email: 'modo@example.com',
      role: 'moderator',
      passwordHash: 'x',
    },
  ));
  otherArticleId = rows.article({ ...published, slug: 'second', title: 'second' }).articleId;
});

describe('moderateComments', () => {
  it('approves held comments, keeps the count of approved comments and audits each one', () => {
    const a = addComment();
    const b = addComment({ articleId: otherArticleId });
    const changes = moderation.moderateComments([a, b], 'approve', actor('lot-1'));
    expect(changes).toEqual([
      { id: a, articleId, from: 'pending', to: 'approved' },
      { id: b, articleId: otherArticleId, from: 'pending', to: 'approved' },
    ]);
    expect(status(a)).toEqual({ status: 'approved', heldReason: 'first-comment', reportCount: 0 });
    expect([countOf(), countOf(otherArticleId)]).toEqual([1, 1]);
    const audit = db
      .select({
        action: auditLog.action,
        targetId: auditLog.targetId,
        details: auditLog.details,
        userId: auditLog.userId,
      })
      .from(auditLog)
      .all();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ action: 'comment.approve', targetId: a, userId: staffId });
    expect(JSON.parse(audit[0].details!)).toEqual({
      batch: 'lot-1',
      from: 'pending',
      to: 'approved',
      heldReason: 'first-comment',
      reportCount: 0,
    });
  });

  it('leaves alone the comments an action does not apply to', () => {
    const approved = addComment({ status: 'approved' });
    const pending = addComment();
    expect(
      moderation.moderateComments([approved, pending], 'approve', actor('lot-2')).map((change) => change.id),
    ).toEqual([pending]);
    expect(countOf()).toBe(2);
  });

  it('marks an approved comment as spam: out of the count, reason "staff"', () => {
    const id = addComment({ status: 'approved', heldReason: 'returning-commenter' });
    moderation.moderateComments([id], 'spam', actor('lot-3'));
    expect(status(id)).toEqual({ status: 'spam', heldReason: 'staff', reportCount: 0 });
    expect(countOf()).toBe(0);
  });

  it('clears the reports of a comment a moderator keeps', () => {
    const id = addComment({ status: 'pending', heldReason: 'reports', reportCount: 3 });
    moderation.moderateComments([id], 'approve', actor('lot-4'));
    expect(status(id)).toEqual({ status: 'approved', heldReason: 'reports', reportCount: 0 });
  });
});

describe('undoModerationBatch', () => {
  it('puts back status, reason, reports and counts, except what was moved since', () => {
    const reported = addComment({ status: 'pending', heldReason: 'reports', reportCount: 3 });
    const first = addComment();
    const movedSince = addComment();
    moderation.moderateComments([reported, first, movedSince], 'approve', actor('lot-5'));
    moderation.moderateComments([movedSince], 'trash', actor('lot-6'));
    expect(countOf()).toBe(2);
    const undone = moderation.undoModerationBatch('lot-5', new Date(Date.now() - 60_000), actor('lot-7'));
    expect(undone.map((change) => change.id).sort()).toEqual([reported, first].sort());
    expect(status(reported)).toEqual({ status: 'pending', heldReason: 'reports', reportCount: 3 });
    expect(status(first)).toEqual({ status: 'pending', heldReason: 'first-comment', reportCount: 0 });
    expect(status(movedSince)?.status).toBe('trash');
    expect(countOf()).toBe(0);
  });

  it('undoes only the staff member’s own, recent batch', () => {
    const id = addComment();
    moderation.moderateComments([id], 'approve', actor('lot-8'));
    expect(moderation.undoModerationBatch('lot-8', new Date(Date.now() + 1000), actor('lot-9'))).toEqual([]);
    expect(moderation.undoModerationBatch('lot-8', new Date(0), { ...actor('lot-9'), staffId: staffId + 1 })).toEqual(
      [],
    );
    expect(moderation.getModerationBatch('lot-8', staffId, new Date(0))).toEqual([
      { action: 'comment.approve', count: 1 },
    ]);
  });
});

describe('deleteCommentsForStaff', () => {
  it('deletes spam and trash only', () => {
    const spam = addComment({ status: 'spam' });
    const approved = addComment({ status: 'approved' });
    expect(moderation.deleteCommentsForStaff([spam, approved], actor('lot-10'))).toBe(1);
    expect(status(spam)).toBeUndefined();
    expect(status(approved)?.status).toBe('approved');
  });
});

describe('createStaffReply and updateCommentBodyForStaff', () => {
  it('publishes the reply at once, approving the comment it answers', () => {
    const question = addComment();
    const reply = moderation.createStaffReply({
      parentId: question,
      body: 'Merci, corrigé.',
      author: { id: staffId, name: 'Modo', email: 'modo@example.com', emailHash: 'h-modo' },
      threadDepth: 3,
      actor: actor('lot-11'),
    });
    expect(reply).toMatchObject({ articleId });
    const stored = db.select().from(comments).where(eq(comments.id, reply!.id)).get()!;
    expect(stored).toMatchObject({
      status: 'approved',
      parentId: question,
      threadId: question,
      depth: 1,
      staffUserId: staffId,
      ip: null,
    });
    expect(status(question)?.status).toBe('approved');
    expect(countOf()).toBe(2);
  });

  it('is all or nothing: when its audit row cannot be written, the comment answered stays pending and no reply is left', () => {
    const question = addComment();
    const before = countOf();
    sqlite.exec(
      "create temp trigger refuse_reply_audit before insert on audit_log when new.action = 'comment.reply' begin select raise(abort, 'audit refused'); end",
    );
    try {
      expect(() =>
        moderation.createStaffReply({
          parentId: question,
          body: 'Réponse perdue.',
          author: { id: staffId, name: 'Modo', email: 'modo@example.com', emailHash: 'h-modo' },
          threadDepth: 3,
          actor: actor('lot-13'),
        }),
      ).toThrow('audit refused');
    } finally {
      sqlite.exec('drop trigger refuse_reply_audit');
    }
    expect(status(question)?.status).toBe('pending');
    expect(db.select().from(comments).where(eq(comments.parentId, question)).all()).toEqual([]);
    expect(countOf()).toBe(before);
  });

  it('cannot be called from inside another transaction, and its parts take only a transaction', () => {
    expect(() =>
      writeTransaction(() => moderation.moderateComments([addComment()], 'approve', actor('lot-14'))),
    ).toThrow('pass its tx down');
    // @ts-expect-error the connection is not a transaction: an audit row written on it would commit alone
    expect(() => recordAuditIn(db, [])).not.toThrow();
  });

  it('refuses to answer spam', () => {
    const spam = addComment({ status: 'spam' });
    expect(
      moderation.createStaffReply({
        parentId: spam,
        body: 'Non.',
        author: { id: staffId, name: 'Modo', email: 'modo@example.com', emailHash: 'h' },
        threadDepth: 3,
        actor: actor('lot-12'),
      }),
    ).toBeNull();
  });

  it('keeps both versions of an edited comment in the audit log', () => {
    const id = addComment({ body: 'Avant.' });
    expect(moderation.updateCommentBodyForStaff(id, 'Après.', actor('lot-13'))).toEqual({
      articleId,
      status: 'pending',
    });
    const row = db
      .select({ body: comments.body, editedAt: comments.editedAt })
      .from(comments)
      .where(eq(comments.id, id))
      .get()!;
    expect(row.body).toBe('Après.');
    expect(row.editedAt).toBeInstanceOf(Date);
    expect(JSON.parse(db.select({ details: auditLog.details }).from(auditLog).get()!.details!)).toEqual({
      batch: 'lot-13',
      before: 'Avant.',
      after: 'Après.',
    });
  });
});

describe('the queue', () => {
  it('sorts comments into tabs, a comment hidden by reports under "reported" only', () => {
    addComment();
    const hidden = addComment({ status: 'pending', heldReason: 'reports', reportCount: 3 });
    db.insert(commentReports)
      .values([
        { commentId: hidden, reporterHash: 'r1', reason: 'insulte' },
        { commentId: hidden, reporterHash: 'r2', reason: 'insulte' },
        { commentId: hidden, reporterHash: 'r3', reason: 'spam' },
      ])
      .run();
    addComment({ status: 'approved', reportCount: 1 });
    addComment({ status: 'spam' });
    expect(moderation.countQueueTabs({ search: '', articleId: null })).toEqual({
      pending: 1,
      reported: 2,
      approved: 1,
      spam: 1,
      trash: 0,
    });
    const [row] = moderation
      .listQueueForStaff('reported', { search: '', articleId: null }, 1, 25)
      .filter((r) => r.id === hidden);
    expect(row.reports).toEqual([
      { reason: 'insulte', count: 2 },
      { reason: 'spam', count: 1 },
    ]);
    expect(row.heldReason).toEqual({ code: 'reports' });
    expect(row.article).toEqual({ id: articleId, title: 'premier', slug: 'premier' });
  });

  it('finds by text, author, e-mail or IP, with wildcards taken literally, and filters by article', () => {
    const mine = addComment({
      authorEmail: sealEmail('Koffi@Example.com'),
      authorEmailHash: emailHash('Koffi@Example.com'),
      ip: '192.0.2.44',
      body: '100% vrai',
    });
    addComment({ articleId: otherArticleId, body: 'Autre chose' });
    const find = (search: string, articleFilter: number | null = null) =>
      moderation.listQueueForStaff('pending', { search, articleId: articleFilter }, 1, 25).map((row) => row.id);
    // The e-mail is sealed at rest: only the whole address, matched by its keyed hash, finds it.
    expect(find('koffi@example.com')).toEqual([mine]);
    expect(find('koffi@example')).toEqual([]);
    expect(find('192.0.2.44')).toEqual([mine]);
    expect(find('100%')).toEqual([mine]);
    expect(find('0%')).toEqual([mine]);
    expect(find('%')).toEqual([mine]);
    expect(find('_')).toEqual([]);
    expect(find('', otherArticleId)).toHaveLength(1);
    expect(moderation.countQueueTabs({ search: 'Koffi@example.com', articleId: null }).pending).toBe(1);
  });

  it('shows the comment a reply answers', () => {
    const question = addComment({ status: 'approved', authorName: 'Binta', body: 'La question' });
    const reply = addComment({ parentId: question, threadId: question, depth: 1 });
    const [row] = moderation
      .listQueueForStaff('pending', { search: '', articleId: null }, 1, 25)
      .filter((r) => r.id === reply);
    expect(row.parent).toEqual({ id: question, authorName: 'Binta', body: 'La question' });
  });
});
