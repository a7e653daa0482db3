import type { PublicComment } from '@/db/comments';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { avatarHue, initials } from '@/lib/initials';
import { CommentBody } from './comment-body';
import { ReportForm } from './report-form';

export type ThreadComment = PublicComment & { held: boolean; replies: ThreadComment[] };

/** The comment a reader is reporting (`?signaler=ID`: its form) or has just reported (`?signale=ID`: thanks). */
export type ReportState = { commentId: number; done: boolean } | null;

type Props = {
  comment: ThreadComment;
  articlePath: string;
  pageQuery: string;
  canReply: boolean;
  reportAction: (formData: FormData) => Promise<void>;
  report: ReportState;
};

export function CommentItem({ comment, articlePath, pageQuery, canReply, reportAction, report }: Props) {
  const anchor = `comment-${comment.id}`;
  return (
    <li>
      <article id={anchor} className={comment.held ? 'comment comment--held' : 'comment'}>
        <header className="comment__header">
          <span
            className="comment__avatar"
            aria-hidden="true"
            style={{ '--hue': avatarHue(comment.authorName) } as React.CSSProperties}
          >
            {initials(comment.authorName)}
          </span>
          <span className="comment__author">
            {comment.authorUrl && !comment.held ? (
              <a href={comment.authorUrl} rel="nofollow ugc noopener">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </span>
          {comment.isStaff && <span className="badge">{t.comments.staff}</span>}
          <a className="comment__date" href={`${articlePath}${pageQuery}#${anchor}`}>
            <time dateTime={comment.createdAt.toISOString().replace(/\.\d+Z$/, 'Z')}>
              {formatDateTime(comment.createdAt)}
            </time>
          </a>
        </header>
        {comment.replyToName && <p className="comment__context">{t.comments.inReplyTo(comment.replyToName)}</p>}
        {comment.held && (
          <p className="notice" role="status">
            {t.comments.held}
          </p>
        )}
        <CommentBody body={comment.body} />
        {!comment.held && (
          <footer className="comment__actions">
            {canReply && (
              <a
                href={`?repondre=${comment.id}#commentaires`}
                rel="nofollow"
                aria-label={t.comments.replyTo(comment.authorName)}
              >
                {t.comments.reply}
              </a>
            )}
            {report?.commentId !== comment.id ? (
              // A link, not a form per comment: the page stays light, and only the reader who reports loads the form.
              // Query-only links (here and "Répondre") resolve against the article's address: shorter pages.
              <a href={`${pageQuery ? `${pageQuery}&` : '?'}signaler=${comment.id}#${anchor}`} rel="nofollow">
                {t.comments.report}
              </a>
            ) : report.done ? (
              <p role="status">{t.comments.reported}</p>
            ) : (
              <ReportForm commentId={comment.id} action={reportAction} />
            )}
          </footer>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol className="comment-replies">
          {comment.replies.map((reply) => (
            <CommentItem
              key={reply.id}
              comment={reply}
              articlePath={articlePath}
              pageQuery={pageQuery}
              canReply={canReply}
              reportAction={reportAction}
              report={report}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
