import 'server-only';
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { sealEmail } from '@/lib/commenter-identity';
import type { Settings } from '@/lib/settings';
import { judgeSurge } from '@/lib/surge';
import { getSurgeFacts, startSurgeIn } from './comment-surges';
import { db, writeTransaction, type Tx } from './index';
import { queueApprovalNotices, subscribeToReplies } from './mail-subscriptions';
import type { ReportDecision, ReportFacts } from '@/lib/report-policy';
import { articles, commenterRules, commentReports, comments } from './schema';

/** A comment as any reader may see it: never the e-mail, the IP or the user agent. */
export type PublicComment = {
  id: number;
  parentId: number | null;
  threadId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string | null;
  replyToName: string | null;
  body: string;
  createdAt: Date;
  /** Set when the author or staff changed the text: shown as "modifié". */
  editedAt: Date | null;
  /** Deleted by its author, kept for its replies: shown as "Commentaire supprimé par son auteur". */
  deleted: boolean;
  isStaff: boolean;
};

const publicColumns = {
  id: comments.id,
  parentId: comments.parentId,
  threadId: comments.threadId,
  depth: comments.depth,
  authorName: comments.authorName,
  authorUrl: comments.authorUrl,
  replyToName: comments.replyToName,
  body: comments.body,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  deleted: sql<boolean>`${comments.deletedAt} is not null`.mapWith(Boolean),
  isStaff: sql<boolean>`${comments.staffUserId} is not null`.mapWith(Boolean),
};

export type ThreadPage = { threads: PublicComment[]; replies: PublicComment[]; page: number; pageCount: number };

const approvedOn = (articleId: number) => and(eq(comments.articleId, articleId), eq(comments.status, 'approved'));

const topLevelOn = (articleId: number) => and(approvedOn(articleId), isNull(comments.threadId));

/** How many pages of threads an article has (one, even with no comment). */
export function countThreadPages(articleId: number, perPage: number): number {
  const total = db.select({ n: count() }).from(comments).where(topLevelOn(articleId)).get()!.n;
  return Math.max(1, Math.ceil(total / perPage));
}

/** One page of top-level threads with all their approved replies: three indexed queries, whatever the size. */
export function listThreadPage(
  articleId: number,
  page: number,
  perPage: number,
  order: 'oldest' | 'newest',
): ThreadPage | null {
  const topLevel = topLevelOn(articleId);
  const pageCount = countThreadPages(articleId, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const direction = order === 'oldest' ? asc : desc;
  const threads = db
    .select(publicColumns)
    .from(comments)
    .where(topLevel)
    .orderBy(direction(comments.createdAt), direction(comments.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  const replies = threads.length
    ? db
        .select(publicColumns)
        .from(comments)
        .where(
          and(
            approvedOn(articleId),
            inArray(
              comments.threadId,
              threads.map((c) => c.id),
            ),
          ),
        )
        .orderBy(asc(comments.createdAt), asc(comments.id))
        .all()
    : [];
  return { threads, replies, page, pageCount };
}

/** The thread page a public comment is on, for permalinks. */
export function getCommentLocation(
  commentId: number,
  perPage: number,
  order: 'oldest' | 'newest',
): { articleId: number; page: number } | null {
  const comment = db
    .select({ articleId: comments.articleId, threadId: comments.threadId, status: comments.status })
    .from(comments)
    .where(eq(comments.id, commentId))
    .get();
  if (!comment || comment.status !== 'approved') return null;
  const rootId = comment.threadId ?? commentId;
  const root = db.select({ createdAt: comments.createdAt }).from(comments).where(eq(comments.id, rootId)).get();
  if (!root) return null;
  const before = order === 'oldest' ? lt : gt;
  const earlier = db
    .select({ n: count() })
    .from(comments)
    .where(
      and(
        approvedOn(comment.articleId),
        isNull(comments.threadId),
        or(
          before(comments.createdAt, root.createdAt),
          and(eq(comments.createdAt, root.createdAt), before(comments.id, rootId)),
        ),
      ),
    )
    .get()!.n;
  return { articleId: comment.articleId, page: Math.floor(earlier / perPage) + 1 };
}

/** The comment a reader replies to: approved and on the same article, or null. */
export function getReplyTarget(
  commentId: number,
  articleId: number,
): { id: number; threadId: number | null; depth: number; authorName: string; parentId: number | null } | null {
  return (
    db
      .select({
        id: comments.id,
        threadId: comments.threadId,
        depth: comments.depth,
        authorName: comments.authorName,
        parentId: comments.parentId,
      })
      .from(comments)
      .where(and(eq(comments.id, commentId), approvedOn(articleId), isNull(comments.deletedAt)))
      .get() ?? null
  );
}

export type CommenterHistory = {
  approvedCount: number;
  trusted: boolean;
  blocked: boolean;
  sameBodyOnArticle: boolean;
  secondsSinceLast: number | null;
  lastHourCount: number;
};

/**
 * What the moderation policy needs to know about a commenter, by e-mail hash and IP. For an edit,
 * `editing` is the comment being edited: never its own duplicate. Its approval still counts: it is
 * the author a moderator approved, as for their next comment.
 */
export function getCommenterHistory(input: {
  emailHash: string;
  ip: string | null;
  articleId: number;
  body: string;
  now: Date;
  editing?: number;
}): CommenterHistory {
  const notItself = input.editing === undefined ? undefined : ne(comments.id, input.editing);
  const sameCommenter = input.ip
    ? or(eq(comments.authorEmailHash, input.emailHash), eq(comments.ip, input.ip))
    : eq(comments.authorEmailHash, input.emailHash);
  const approvedCount = db
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.authorEmailHash, input.emailHash), eq(comments.status, 'approved')))
    .get()!.n;
  const hourAgo = new Date(input.now.getTime() - 3_600_000);
  const recent = db
    .select({ n: count(), last: sql<number | null>`max(${comments.createdAt})` })
    .from(comments)
    .where(and(sameCommenter, gte(comments.createdAt, hourAgo)))
    .get()!;
  const duplicate = db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.articleId, input.articleId),
        eq(comments.authorEmailHash, input.emailHash),
        eq(comments.body, input.body),
        notItself,
      ),
    )
    .limit(1)
    .get();
  const rules = db
    .select({ kind: commenterRules.kind })
    .from(commenterRules)
    .where(
      and(
        input.ip
          ? or(eq(commenterRules.emailHash, input.emailHash), eq(commenterRules.ip, input.ip))
          : eq(commenterRules.emailHash, input.emailHash),
        or(isNull(commenterRules.expiresAt), gt(commenterRules.expiresAt, input.now)),
      ),
    )
    .all();
  return {
    approvedCount,
    trusted: rules.some((rule) => rule.kind === 'trust'),
    blocked: rules.some((rule) => rule.kind === 'block'),
    sameBodyOnArticle: Boolean(duplicate),
    secondsSinceLast: recent.last === null ? null : Math.max(0, (input.now.getTime() - Number(recent.last)) / 1000),
    lastHourCount: recent.n,
  };
}

export type NewComment = {
  articleId: number;
  parent: { id: number; threadId: number | null; depth: number } | null;
  replyToName: string | null;
  authorName: string;
  /** In clear: sealed here, on write (lib/commenter-identity.ts sealEmail). */
  authorEmail: string;
  authorEmailHash: string;
  authorUrl: string | null;
  body: string;
  status: 'approved' | 'pending' | 'spam';
  heldReason: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  /** Set for a reply signed by the newsroom (shown with the "Rédaction" badge). */
  staffUserId?: number;
};

/** Stores a comment and, when approved, the article's count, in one transaction. */
export function createComment(comment: NewComment): number {
  return writeTransaction((tx) => insertComment(tx, comment));
}

export type CommentVerdict<R> = { refused: R } | { status: NewComment['status']; heldReason: string };

/**
 * Reads the commenter's history and the article's pace, has `decide` judge the comment on them, and
 * stores it as judged, all under the write lock (BEGIN IMMEDIATE): two posts sent at once are judged one
 * after the other, so the second sees the first (a duplicate, a flood, the comment past a surge's
 * threshold) instead of both passing on the same history. A comment past the threshold starts a surge.
 * With `notifyReplies` ("Me prévenir…"), the author's subscription is written in the same transaction.
 */
export function createJudgedComment<R>(
  comment: Omit<NewComment, 'status' | 'heldReason'>,
  surge: Pick<Settings, 'surgeComments' | 'surgeMinutes' | 'surgeHoldMinutes'>,
  decide: (history: CommenterHistory, article: { surging: boolean }) => CommentVerdict<R>,
  notifyReplies: { ipHash: string | null } | null = null,
): { refused: R } | { id: number; status: NewComment['status'] } {
  return writeTransaction((tx) => {
    const pace = judgeSurge(getSurgeFacts(tx, comment.articleId, comment.createdAt, surge.surgeMinutes), surge);
    if (pace.starts) startSurgeIn(tx, comment.articleId, comment.createdAt, surge.surgeHoldMinutes);
    const verdict = decide(
      getCommenterHistory({
        emailHash: comment.authorEmailHash,
        ip: comment.ip,
        articleId: comment.articleId,
        body: comment.body,
        now: comment.createdAt,
      }),
      { surging: pace.surging },
    );
    if ('refused' in verdict) return { refused: verdict.refused };
    const id = insertComment(tx, { ...comment, ...verdict });
    if (notifyReplies)
      subscribeToReplies(tx, {
        commentId: id,
        email: comment.authorEmail,
        ipHash: notifyReplies.ipHash,
        now: comment.createdAt,
      });
    return { id, status: verdict.status };
  });
}

/** createComment's work, inside a larger transaction (a staff reply). */
export function insertComment(tx: Tx, comment: NewComment): number {
  const { parent, ...values } = comment;
  const { id } = tx
    .insert(comments)
    .values({
      ...values,
      authorEmail: sealEmail(values.authorEmail),
      parentId: parent?.id ?? null,
      threadId: parent ? (parent.threadId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 0,
    })
    .returning({ id: comments.id })
    .get();
  if (comment.status === 'approved') {
    tx.update(articles)
      .set({ commentCount: sql`${articles.commentCount} + 1` })
      .where(eq(articles.id, comment.articleId))
      .run();
    queueApprovalNotices(tx, id, { wasHeld: false });
  }
  return id;
}

/**
 * Records a reader's report of a comment if `decide` counts it, and takes the comment down (back to
 * pending, reason "reports", until a moderator decides) when it says so. The facts are read under the
 * write lock, so reports sent at once are counted one after the other.
 */
export function reportComment(
  input: {
    commentId: number;
    /** Keyed hashes of the reader's cookie id and of the client address (null when unknown). */
    readerHash: string;
    addressHash: string | null;
    reason: (typeof commentReports.$inferInsert)['reason'];
    now: Date;
  },
  decide: (facts: ReportFacts) => ReportDecision,
): { recorded: boolean; hidden: boolean; articleId: number | null } {
  return writeTransaction((tx) => {
    const target = tx
      .select({
        articleId: comments.articleId,
        status: comments.status,
        reportCount: comments.reportCount,
        deleted: sql<boolean>`${comments.deletedAt} is not null`.mapWith(Boolean),
        isStaff: sql<boolean>`${comments.staffUserId} is not null`.mapWith(Boolean),
      })
      .from(comments)
      .where(eq(comments.id, input.commentId))
      .get();
    if (!target || target.status !== 'approved' || target.deleted)
      return { recorded: false, hidden: false, articleId: null };
    const sameReporter = input.addressHash
      ? or(eq(commentReports.reporterHash, input.readerHash), eq(commentReports.addressHash, input.addressHash))
      : eq(commentReports.reporterHash, input.readerHash);
    const already = tx
      .select({ id: commentReports.id })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, input.commentId), sameReporter))
      .limit(1)
      .get();
    const fromAddress = input.addressHash
      ? tx
          .select({ n: count() })
          .from(commentReports)
          .where(
            and(
              eq(commentReports.addressHash, input.addressHash),
              gte(commentReports.createdAt, new Date(input.now.getTime() - 3_600_000)),
            ),
          )
          .get()!.n
      : 0;
    const decision = decide({
      staffComment: target.isStaff,
      alreadyReported: Boolean(already),
      addressReportsLastHour: fromAddress,
      reportCount: target.reportCount,
    });
    if (!decision.record) return { recorded: false, hidden: false, articleId: target.articleId };
    tx.insert(commentReports)
      .values({
        commentId: input.commentId,
        reporterHash: input.readerHash,
        addressHash: input.addressHash,
        reason: input.reason,
        createdAt: input.now,
      })
      .run();
    tx.update(comments)
      .set({ reportCount: sql`${comments.reportCount} + 1` })
      .where(eq(comments.id, input.commentId))
      .run();
    if (decision.hide) {
      tx.update(comments)
        .set({ status: 'pending', heldReason: 'reports' })
        .where(eq(comments.id, input.commentId))
        .run();
      tx.update(articles)
        .set({ commentCount: sql`max(${articles.commentCount} - 1, 0)` })
        .where(eq(articles.id, target.articleId))
        .run();
    }
    return { recorded: true, hidden: decision.hide, articleId: target.articleId };
  });
}

/** The commenter's own held comments, by ids taken from their signed cookie: only text they wrote. */
export function listOwnHeldComments(articleId: number, ids: number[]): PublicComment[] {
  if (ids.length === 0) return [];
  return db
    .select(publicColumns)
    .from(comments)
    .where(
      and(eq(comments.articleId, articleId), inArray(comments.id, ids), inArray(comments.status, ['pending', 'spam'])),
    )
    .orderBy(asc(comments.createdAt))
    .all();
}
