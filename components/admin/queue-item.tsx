import Link from 'next/link';
import type { QueueRowForStaff } from '@/db/moderation-queue';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import type { ModerationAction } from '@/lib/moderation-actions';
import type { HeldReason } from '@/lib/moderation-policy';
import { CommentBody } from '../comment-body';
import { StaffTextForm, type StaffTextState } from './staff-text-form';

const m = t.admin.comments;

export function describeHeldReason(reason: HeldReason): string {
  switch (reason.code) {
    case 'links':
      return m.reasons.links(reason.count);
    case 'hold-word':
    case 'block-word':
      return m.reasons[reason.code](reason.word);
    case 'too-fast':
      return m.reasons['too-fast'](reason.seconds);
    default:
      return m.reasons[reason.code];
  }
}

// The buttons of a row by its status; the keyboard (a, s, d) presses the one with the matching key.
const rowActions: Record<QueueRowForStaff['status'], { action: ModerationAction | 'delete'; key?: string }[]> = {
  pending: [
    { action: 'approve', key: 'a' },
    { action: 'spam', key: 's' },
    { action: 'trash', key: 'd' },
  ],
  approved: [{ action: 'unapprove' }, { action: 'spam', key: 's' }, { action: 'trash', key: 'd' }],
  spam: [{ action: 'approve', key: 'a' }, { action: 'restore' }, { action: 'trash', key: 'd' }, { action: 'delete' }],
  trash: [{ action: 'restore' }, { action: 'approve', key: 'a' }, { action: 'delete' }],
};

type Props = {
  comment: QueueRowForStaff;
  back: string;
  canDelete: boolean;
  moderate: (formData: FormData) => Promise<void>;
  edit: (state: StaffTextState, formData: FormData) => Promise<StaffTextState>;
  reply: (state: StaffTextState, formData: FormData) => Promise<StaffTextState>;
  articleFilterHref: string;
};

/** One comment in the queue, with everything a moderator needs to decide and every action as a plain form. */
export function QueueItem({ comment, back, canDelete, moderate, edit, reply, articleFilterHref }: Props) {
  const anchor = `commentaire-${comment.id}`;
  const reasons =
    comment.reports.length > 0
      ? comment.reports
          .map((report) => m.reportReason(t.comments.reportReasons[report.reason], report.count))
          .join(', ')
      : null;
  return (
    <li>
      <article
        id={anchor}
        className={`queue-item queue-item--${comment.status}`}
        aria-labelledby={`${anchor}-auteur`}
        data-queue-item
        tabIndex={-1}
      >
        <div className="queue-item__select">
          <input type="checkbox" name="ids" value={comment.id} form="lot" aria-label={m.select(comment.authorName)} />
        </div>
        <header className="queue-item__header">
          <p id={`${anchor}-auteur`} className="queue-item__author">
            {comment.authorName}
            {comment.isStaff && <span className="badge">{t.comments.staff}</span>}
          </p>
          <p className="queue-item__private">
            <span>
              {m.email} : {comment.authorEmail}
            </span>
            <span>
              {m.ip} : {comment.ip ?? m.noIp}
            </span>
            {comment.authorUrl && <span>{comment.authorUrl}</span>}
          </p>
          <p className="meta">
            <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time> ·{' '}
            {m.status[comment.status]}
            {comment.editedAt && ` · ${comment.editedBy === 'author' ? m.editedByAuthor : m.edited}`} · {m.on}{' '}
            <a href={`/article/${comment.article.slug}`}>{comment.article.title}</a> ·{' '}
            <Link href={articleFilterHref}>{m.onlyThisArticle}</Link>
          </p>
        </header>
        {(comment.heldReason || reasons) && comment.status !== 'approved' ? (
          <p className="notice">
            {m.held} {comment.heldReason && describeHeldReason(comment.heldReason)}
            {reasons && ` · ${m.reports(comment.reportCount)} (${reasons})`}
          </p>
        ) : (
          reasons && <p className="notice">{`${m.reports(comment.reportCount)} (${reasons})`}</p>
        )}
        {comment.parent && (
          <blockquote className="queue-item__parent">
            <p>{m.inReplyTo(comment.parent.authorName)}</p>
            <CommentBody
              body={comment.parent.body.length > 400 ? `${comment.parent.body.slice(0, 400)}…` : comment.parent.body}
            />
          </blockquote>
        )}
        <CommentBody body={comment.body} />
        <form action={moderate} className="queue-item__actions" aria-label={m.rowActions(comment.authorName)}>
          <input type="hidden" name="ids" value={comment.id} />
          <input type="hidden" name="back" value={back} />
          {rowActions[comment.status]
            .filter(({ action }) => action !== 'delete' || canDelete)
            .map(({ action, key }) => (
              <button
                key={action}
                type="submit"
                name="action"
                value={action}
                className={action === 'approve' ? undefined : 'button-secondary'}
                data-key={key}
              >
                {m.actions[action]}
              </button>
            ))}
        </form>
        <div className="queue-item__more">
          <Link href={`/admin/commentaires/commentateur/${comment.id}`}>{m.commenter}</Link>
          <StaffTextForm
            action={edit}
            id={`modifier-${comment.id}`}
            summary={m.edit}
            label={m.editLabel}
            submit={m.save}
            defaultValue={comment.body}
            hidden={{ id: comment.id, back }}
          />
          {(comment.status === 'pending' || comment.status === 'approved') && (
            <StaffTextForm
              action={reply}
              id={`repondre-${comment.id}`}
              summary={m.reply}
              label={m.replyLabel}
              submit={m.send}
              hidden={{ parentId: comment.id, back }}
              reply
            />
          )}
        </div>
      </article>
    </li>
  );
}
