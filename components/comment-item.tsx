import type { PublicComment } from '@/db/comments';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { avatarHue, initials } from '@/lib/initials';
import type { OwnKey } from '@/lib/own-comment-keys';
import { CommentBody } from './comment-body';
import { OwnCommentDeleteForm } from './own-comment-delete-form';
import { OwnCommentEditForm } from './own-comment-edit-form';
import type { OwnCommentFormState } from './own-comment-form-state';
import { ReportForm } from './report-form';

export type ThreadComment = PublicComment & { held: boolean; replies: ThreadComment[] };

/** What the personalised page knows of the reader's own comments (keys within the window) and what they asked for. */
export type OwnControls = {
  keys: OwnKey[];
  /** `?modifier=ID`: the edit form of that comment; `?supprimer=ID`: its delete form. */
  editing: number | null;
  deleting: number | null;
  slug: string;
  windowMinutes: number;
  editAction: (state: OwnCommentFormState, formData: FormData) => Promise<OwnCommentFormState>;
  deleteAction: (formData: FormData) => Promise<void>;
};

/** The comment a reader is reporting (`?signaler=ID`: its form) or has just reported (`?signale=ID`: thanks). */
export type ReportState = { commentId: number; done: boolean } | null;

type Props = {
  comment: ThreadComment;
  articlePath: string;
  pageQuery: string;
  canReply: boolean;
  reportAction: (formData: FormData) => Promise<void>;
  report: ReportState;
  own: OwnControls | null;
};

const { editTitle, body, save, saving, cancel } = t.comments.own;
const ownLabels = { editTitle, body, save, saving, cancel };

const isOwn = (own: OwnControls | null, comment: PublicComment) =>
  Boolean(own?.keys.some((key) => key.id === comment.id && key.createdAt === comment.createdAt.getTime()));

/** The comment as its author sees it from the browser that posted it: its edit or delete form, or the links to them. */
function OwnActions({
  comment,
  own,
  query,
  anchor,
}: {
  comment: ThreadComment;
  own: OwnControls;
  query: string;
  anchor: string;
}) {
  const cancelHref = `${query || '?'}#${anchor}`;
  if (own.editing === comment.id)
    return (
      <OwnCommentEditForm
        action={own.editAction}
        commentId={comment.id}
        body={comment.body}
        cancelHref={cancelHref}
        labels={ownLabels}
        windowNotice={t.comments.own.window(own.windowMinutes)}
      />
    );
  return (
    <>
      <CommentBody body={comment.body} />
      {own.deleting === comment.id ? (
        <OwnCommentDeleteForm
          commentId={comment.id}
          slug={own.slug}
          cancelHref={cancelHref}
          action={own.deleteAction}
        />
      ) : (
        <p className="comment__actions">
          <a href={`${query ? `${query}&` : '?'}modifier=${comment.id}#${anchor}`} rel="nofollow">
            {t.comments.own.edit}
          </a>
          <a href={`${query ? `${query}&` : '?'}supprimer=${comment.id}#${anchor}`} rel="nofollow">
            {t.comments.own.delete}
          </a>
        </p>
      )}
    </>
  );
}

export function CommentItem(props: Props) {
  const { comment, articlePath, pageQuery, canReply, reportAction, report, own } = props;
  const anchor = `comment-${comment.id}`;
  const replies = comment.replies.length > 0 && (
    <ol className="comment-replies">
      {comment.replies.map((reply) => (
        <CommentItem key={reply.id} {...props} comment={reply} />
      ))}
    </ol>
  );
  if (comment.deleted)
    return (
      <li>
        <article id={anchor} className="comment comment--deleted">
          <p>{t.comments.deletedByAuthor}</p>
        </article>
        {replies}
      </li>
    );
  const mine = isOwn(own, comment);
  // Asked for a change this browser may no longer make: the window has passed, or the comment is someone else's.
  const refused = !mine && (own?.editing === comment.id || own?.deleting === comment.id);
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
          {comment.editedAt && (
            <span className="comment__edited" title={t.comments.editedOn(formatDateTime(comment.editedAt))}>
              {t.comments.edited}
            </span>
          )}
        </header>
        {comment.replyToName && <p className="comment__context">{t.comments.inReplyTo(comment.replyToName)}</p>}
        {comment.held && (
          <p className="notice" role="status">
            {t.comments.held}
          </p>
        )}
        {refused && (
          <p className="notice" role="status">
            {t.comments.own.expired}
          </p>
        )}
        {mine && own ? (
          <OwnActions comment={comment} own={own} query={pageQuery} anchor={anchor} />
        ) : (
          <CommentBody body={comment.body} />
        )}
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
      {replies}
    </li>
  );
}
