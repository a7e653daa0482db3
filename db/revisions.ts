import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { markdownToText, readingMinutes, renderMarkdown } from '@/lib/markdown';
import { getArticleRoutes } from './staff-articles';
import { recordAuditIn } from './audit';
import { db, writeTransaction, type Tx } from './index';
import { articleRevisions, articles, users, type revisionKinds } from './schema';
import type { ArticleRoutes } from './articles';

export type RevisionKind = (typeof revisionKinds)[number];
/** The text a revision keeps: what readers read and the diff compares. */
export type RevisionText = { title: string; dek: string; bodyMarkdown: string };
export type RevisionRow = { id: number; kind: RevisionKind; authorName: string | null; createdAt: Date };
export type Revision = RevisionRow & RevisionText & { articleId: number };

/** Keeps the text an article was just saved with, as part of the save's transaction; it supersedes the saver's autosave. */
export function recordRevisionIn(
  tx: Tx,
  articleId: number,
  kind: Exclude<RevisionKind, 'autosave'>,
  authorId: number | null,
  text: RevisionText,
): void {
  if (authorId !== null) tx.delete(articleRevisions).where(autosaveOf(articleId, authorId)).run();
  tx.insert(articleRevisions)
    .values({ articleId, kind, authorId, title: text.title, dek: text.dek, bodyMarkdown: text.bodyMarkdown })
    .run();
}

const autosaveOf = (articleId: number, authorId: number) =>
  and(
    eq(articleRevisions.articleId, articleId),
    eq(articleRevisions.authorId, authorId),
    eq(articleRevisions.kind, 'autosave'),
  );

const rowColumns = {
  id: articleRevisions.id,
  kind: articleRevisions.kind,
  authorName: users.name,
  createdAt: articleRevisions.createdAt,
};

/** An article's revisions, newest first (without their text: the list only names them). */
export function listRevisions(articleId: number): RevisionRow[] {
  return db
    .select(rowColumns)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .all();
}

export function getRevision(articleId: number, revisionId: number): Revision | null {
  return (
    db
      .select({
        ...rowColumns,
        articleId: articleRevisions.articleId,
        title: articleRevisions.title,
        dek: articleRevisions.dek,
        bodyMarkdown: articleRevisions.bodyMarkdown,
      })
      .from(articleRevisions)
      .leftJoin(users, eq(users.id, articleRevisions.authorId))
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
      .get() ?? null
  );
}

export type RestoreResult = { ok: true; routes: ArticleRoutes } | { ok: false; error: 'missing' | 'conflict' };

/**
 * Puts a revision's text back as the article's (its other fields stay as they are): a save like any other,
 * so it raises the version, is kept as a new revision of its own and is audit-logged. Refused if the
 * article was saved since the page offering the restore was opened.
 */
export function restoreRevision(
  articleId: number,
  revisionId: number,
  openedVersion: number,
  actor: { staffId: number; ip: string | null },
): RestoreResult {
  return writeTransaction((tx) => {
    const revision = getRevision(articleId, revisionId);
    const article = tx.select({ version: articles.version }).from(articles).where(eq(articles.id, articleId)).get();
    if (!revision || !article) return { ok: false, error: 'missing' } as const;
    if (article.version !== openedVersion) return { ok: false, error: 'conflict' } as const;
    tx.update(articles)
      .set({
        title: revision.title,
        dek: revision.dek,
        bodyMarkdown: revision.bodyMarkdown,
        bodyHtml: renderMarkdown(revision.bodyMarkdown),
        bodyText: markdownToText(revision.bodyMarkdown),
        readingMinutes: readingMinutes(revision.bodyMarkdown),
        version: sql`${articles.version} + 1`,
      })
      .where(eq(articles.id, articleId))
      .run();
    recordRevisionIn(tx, articleId, 'restore', actor.staffId, revision);
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'article.restoreRevision',
        targetType: 'article',
        targetId: articleId,
        details: { revisionId, revisionAt: revision.createdAt.toISOString() },
        ip: actor.ip,
      },
    ]);
    return { ok: true, routes: getArticleRoutes(articleId)! } as const;
  });
}

export type AutosaveResult = { ok: true; at: Date } | { ok: false; error: 'missing' | 'conflict' };

/**
 * Keeps what a member is typing as their one autosave of the article, replaced by each autosave: the
 * article itself (what readers see, the version) is untouched until they save. Refused when someone saved
 * the article after the member's form was opened, so they are warned before they save over it.
 */
export function autosaveArticle(
  articleId: number,
  openedVersion: number,
  authorId: number,
  text: RevisionText,
  now: Date,
): AutosaveResult {
  return writeTransaction((tx) => {
    const article = tx.select({ version: articles.version }).from(articles).where(eq(articles.id, articleId)).get();
    if (!article) return { ok: false, error: 'missing' } as const;
    if (article.version !== openedVersion) return { ok: false, error: 'conflict' } as const;
    tx.delete(articleRevisions).where(autosaveOf(articleId, authorId)).run();
    tx.insert(articleRevisions)
      .values({ articleId, kind: 'autosave', authorId, ...text, createdAt: now })
      .run();
    return { ok: true, at: now } as const;
  });
}
