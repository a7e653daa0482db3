import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, sqlite, rows } = await prepareTestDatabase();
const { articles, comments, users } = await import('./schema');
const { deleteOwnComment, editOwnComment } = await import('./own-comments');

let articleId: number;
const created = new Date(Date.UTC(2026, 0, 15, 12));
const now = new Date(created.getTime() + 60_000);

const addComment = (values: Partial<typeof comments.$inferInsert> = {}) =>
  rows.comment(articleId, { createdAt: created, ...values });

const row = (id: number) => db.select().from(comments).where(eq(comments.id, id)).get();
const countOf = () => db.select({ n: articles.commentCount }).from(articles).where(eq(articles.id, articleId)).get()!.n;

beforeEach(async () => {
  sqlite.exec('delete from comments; delete from articles; delete from users; delete from sections;');
  articleId = rows.article({ commentCount: 1 }).articleId;
});

describe('editOwnComment', () => {
  it('judges the new text without taking the comment for its own duplicate', () => {
    const id = addComment();
    let seen: unknown;
    const result = editOwnComment({ id, createdAt: created, body: 'Un avis.', now }, (_comment, history) => {
      seen = history;
      return { status: 'approved', heldReason: 'returning-commenter' };
    });
    expect(seen).toMatchObject({ sameBodyOnArticle: false, approvedCount: 1 });
    expect(result).toEqual({ outcome: 'edited', articleId, before: 'approved', after: 'approved' });
    expect(row(id)).toMatchObject({ editedBy: 'author', editedAt: now });
  });

  it('sees another comment of the author with the same text as a duplicate', () => {
    addComment({ body: 'Déjà dit.' });
    const id = addComment();
    let seen: unknown;
    editOwnComment({ id, createdAt: created, body: 'Déjà dit.', now }, (_comment, history) => {
      seen = history;
      return { refused: 'duplicate' };
    });
    expect(seen).toMatchObject({ sameBodyOnArticle: true, approvedCount: 2 });
  });

  it('takes an approved comment sent back to the queue out of the count', () => {
    const id = addComment();
    editOwnComment({ id, createdAt: created, body: 'a.cm b.cm c.cm', now }, () => ({
      status: 'pending',
      heldReason: 'links:3',
    }));
    expect(row(id)).toMatchObject({ status: 'pending', heldReason: 'links:3', body: 'a.cm b.cm c.cm' });
    expect(countOf()).toBe(0);
  });

  it('changes nothing for a key naming another time, a trashed comment or a newsroom reply', () => {
    const id = addComment();
    const never = () => {
      throw new Error('not judged');
    };
    expect(editOwnComment({ id, createdAt: now, body: 'x', now }, never)).toEqual({ outcome: 'gone' });
    const trashed = addComment({ status: 'trash' });
    expect(editOwnComment({ id: trashed, createdAt: created, body: 'x', now }, never)).toEqual({ outcome: 'gone' });
    const staff = addComment({ staffUserId: db.select({ id: users.id }).from(users).get()!.id });
    expect(editOwnComment({ id: staff, createdAt: created, body: 'x', now }, never)).toEqual({ outcome: 'gone' });
    expect(row(id)!.body).toBe('Un avis.');
  });
});

describe('deleteOwnComment', () => {
  it('deletes a comment without replies', () => {
    const id = addComment();
    expect(deleteOwnComment({ id, createdAt: created, now })).toEqual({ articleId, wasPublic: true });
    expect(row(id)).toBeUndefined();
    expect(countOf()).toBe(0);
  });

  it('keeps an empty shell for the replies, with nothing of its author', () => {
    const id = addComment({ authorUrl: 'https://awa.cm/', userAgent: 'Firefox' });
    const reply = addComment({ parentId: id, threadId: id, depth: 1, authorEmailHash: 'h-ben', createdAt: now });
    deleteOwnComment({ id, createdAt: created, now });
    const shell = row(id)!;
    expect([shell.body, shell.authorName, shell.authorEmail, shell.authorEmailHash]).toEqual(['', '', '', '']);
    expect([shell.authorUrl, shell.ip, shell.userAgent, shell.deletedAt]).toEqual([null, null, null, now]);
    expect(row(reply)).toMatchObject({ parentId: id, status: 'approved' });
    expect(deleteOwnComment({ id, createdAt: created, now })).toBeNull();
  });
});
