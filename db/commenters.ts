import 'server-only';
import { and, count, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { openEmail } from '@/lib/commenter-identity';
import type { CommenterRuleKind, CommentStatus } from '@/lib/vocabulary';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { articles, commenterRules, comments } from './schema';

/** Who wrote a comment, as staff may see them: the e-mail and the address it came from. */
export type CommenterForStaff = {
  commentId: number;
  name: string;
  email: string;
  emailHash: string;
  ip: string | null;
};

export function getCommenterForStaff(commentId: number): CommenterForStaff | null {
  const row =
    db
      .select({
        commentId: comments.id,
        name: comments.authorName,
        email: comments.authorEmail,
        emailHash: comments.authorEmailHash,
        ip: comments.ip,
      })
      .from(comments)
      .where(eq(comments.id, commentId))
      .get() ?? null;
  return row && { ...row, email: openEmail(row.email) ?? '' };
}

export type CommenterRule = {
  id: number;
  kind: CommenterRuleKind;
  on: 'email' | 'ip';
  expiresAt: Date | null;
  createdAt: Date;
};
export type CommenterSummaryForStaff = {
  counts: Record<CommentStatus, number>;
  recent: {
    id: number;
    body: string;
    status: CommentStatus;
    createdAt: Date;
    ip: string | null;
    article: { title: string; slug: string };
  }[];
  rules: CommenterRule[];
};

export const RECENT_COMMENTS = 20;

/** A commenter at a glance: their comments by status and the latest ones (matched by e-mail), and the rules on their e-mail or address still in force. */
export function getCommenterSummaryForStaff(
  commenter: { emailHash: string; ip: string | null },
  now: Date,
): CommenterSummaryForStaff {
  const byStatus = db
    .select({ status: comments.status, n: count() })
    .from(comments)
    .where(eq(comments.authorEmailHash, commenter.emailHash))
    .groupBy(comments.status)
    .all();
  const counts = {
    pending: 0,
    approved: 0,
    spam: 0,
    trash: 0,
    ...Object.fromEntries(byStatus.map((row) => [row.status, row.n])),
  };
  const recent = db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      ip: comments.ip,
      title: articles.title,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.authorEmailHash, commenter.emailHash))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(RECENT_COMMENTS)
    .all()
    .map(({ title, slug, ...row }) => ({ ...row, article: { title, slug } }));
  const rules = db
    .select({
      id: commenterRules.id,
      kind: commenterRules.kind,
      emailHash: commenterRules.emailHash,
      expiresAt: commenterRules.expiresAt,
      createdAt: commenterRules.createdAt,
    })
    .from(commenterRules)
    .where(
      and(
        commenter.ip
          ? or(eq(commenterRules.emailHash, commenter.emailHash), eq(commenterRules.ip, commenter.ip))
          : eq(commenterRules.emailHash, commenter.emailHash),
        or(isNull(commenterRules.expiresAt), gt(commenterRules.expiresAt, now)),
      ),
    )
    .orderBy(desc(commenterRules.createdAt))
    .all()
    .map(({ emailHash, ...rule }) => ({ ...rule, on: emailHash ? ('email' as const) : ('ip' as const) }));
  return { counts, recent, rules };
}

type Actor = { staffId: number; ip: string | null };

/**
 * "Toujours approuver" (trust, by e-mail) or "Bloquer" (by e-mail or address, until a time or for
 * good): read by the moderation policy for every new comment (db/comments.ts getCommenterHistory).
 */
export function addCommenterRule(
  rule: {
    kind: CommenterRuleKind;
    emailHash: string | null;
    ip: string | null;
    expiresAt: Date | null;
    commentId: number;
  },
  actor: Actor,
): number {
  return writeTransaction((tx) => {
    const { id } = tx
      .insert(commenterRules)
      .values({
        kind: rule.kind,
        emailHash: rule.emailHash,
        ip: rule.ip,
        expiresAt: rule.expiresAt,
        createdBy: actor.staffId,
      })
      .returning({ id: commenterRules.id })
      .get();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: `commenter.${rule.kind}`,
        targetType: 'comment',
        targetId: rule.commentId,
        details: {
          rule: id,
          on: rule.emailHash ? 'email' : 'ip',
          ip: rule.ip,
          expiresAt: rule.expiresAt?.toISOString() ?? null,
        },
        ip: actor.ip,
      },
    ]);
    return id;
  });
}

export function deleteCommenterRule(ruleId: number, commentId: number, actor: Actor): boolean {
  return writeTransaction((tx) => {
    const deleted = tx
      .delete(commenterRules)
      .where(eq(commenterRules.id, ruleId))
      .returning({ kind: commenterRules.kind })
      .get();
    if (deleted)
      recordAuditIn(tx, [
        {
          userId: actor.staffId,
          action: 'commenter.rule-removed',
          targetType: 'comment',
          targetId: commentId,
          details: { rule: ruleId, kind: deleted.kind },
          ip: actor.ip,
        },
      ]);
    return Boolean(deleted);
  });
}
