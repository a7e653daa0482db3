import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertTestArticle, prepareTestDatabase } from './test-database';

const { db, sqlite } = await prepareTestDatabase();
const { comments } = await import('./schema');
const { sealClearEmails } = await import('./migrate');
const { createComment } = await import('./comments');
const { listQueueForStaff } = await import('./moderation-queue');
const { getCommenterForStaff } = await import('./commenters');
const { emailHash, openEmail } = await import('@/lib/commenter-identity');

const { articleId } = await insertTestArticle();

/** Whether the database's files, as a copy would take them, hold the text anywhere. */
function filesHold(text: string): boolean {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const file = sqlite.name;
  return [file, `${file}-wal`].some((name) => fs.existsSync(name) && fs.readFileSync(name).includes(text));
}

describe('commenters’ e-mails at rest', () => {
  it('are sealed when a comment is stored, found by their whole address, opened for staff', () => {
    const id = createComment({
      articleId,
      parent: null,
      replyToName: null,
      authorName: 'Awa',
      authorEmail: 'awa.secret@exemple.cm',
      authorEmailHash: emailHash('awa.secret@exemple.cm'),
      authorUrl: null,
      body: 'Un avis.',
      status: 'pending',
      heldReason: 'first-comment',
      ip: null,
      userAgent: null,
      createdAt: new Date(),
    });
    const stored = db.select({ email: comments.authorEmail }).from(comments).where(eq(comments.id, id)).get()!;
    expect(stored.email).not.toContain('@');
    expect(openEmail(stored.email)).toBe('awa.secret@exemple.cm');
    expect(filesHold('awa.secret@exemple.cm')).toBe(false);
    expect(getCommenterForStaff(id)?.email).toBe('awa.secret@exemple.cm');

    const search = (text: string) =>
      listQueueForStaff('pending', { search: text, articleId: null }, 1, 20).map((r) => r.id);
    expect(search('Awa.Secret@Exemple.cm ')).toEqual([id]);
    expect(
      listQueueForStaff('pending', { search: 'awa.secret@exemple.cm', articleId: null }, 1, 20)[0].authorEmail,
    ).toBe('awa.secret@exemple.cm');
    // A part of an address matches nothing: the stored value is not the address.
    expect(search('secret@exemple')).toEqual([]);
  });

  it('in clear in an older database are sealed once, leaving no copy in the file', () => {
    const insert = sqlite.prepare(
      "insert into comments (article_id, author_name, author_email, author_email_hash, body, status) values (?, 'Ben', ?, 'h', 'x', 'approved') returning id",
    );
    const ids = ['ben.ancien@exemple.cm', 'carine.ancienne@exemple.cm'].map(
      (email) => (insert.get(articleId, email) as { id: number }).id,
    );
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHold('ben.ancien@exemple.cm')).toBe(true);

    expect(sealClearEmails(db)).toBe(2);
    const emails = ids.map(
      (id) => db.select({ e: comments.authorEmail }).from(comments).where(eq(comments.id, id)).get()!.e,
    );
    expect(emails.map(openEmail)).toEqual(['ben.ancien@exemple.cm', 'carine.ancienne@exemple.cm']);
    expect(filesHold('ben.ancien@exemple.cm')).toBe(false);
    expect(filesHold('carine.ancienne@exemple.cm')).toBe(false);
    // Again: nothing left to convert, and the sealed values are not sealed twice.
    expect(sealClearEmails(db)).toBe(0);
    expect(
      openEmail(db.select({ e: comments.authorEmail }).from(comments).where(eq(comments.id, ids[0])).get()!.e),
    ).toBe('ben.ancien@exemple.cm');
  });
});
