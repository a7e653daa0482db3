import type { PublicComment, ThreadPage } from '@/db/comments';
import { t } from '@/lib/i18n';
import { CommentForm } from './comment-form';
import type { CommentFormState } from './comment-form-state';
import { CommentItem, type OwnControls, type ReportState, type ThreadComment } from './comment-item';
import { Pagination } from './pagination';

export type CommentsSectionProps = {
  articleId: number;
  articlePath: string;
  count: number;
  thread: ThreadPage;
  /** The reader's own comments awaiting moderation (personalised pages only). */
  held: PublicComment[];
  open: boolean;
  form: {
    action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
    token: string;
    initialValues: CommentFormState['values'];
    replyTo: { id: number; name: string } | null;
  };
  reportAction: (formData: FormData) => Promise<void>;
  report: ReportState;
  own: OwnControls | null;
};

/** Nests replies under their parents; the reader's held comments take their place in the thread. */
function buildThreads(thread: ThreadPage, held: PublicComment[]): ThreadComment[] {
  const nodes = new Map<number, ThreadComment>();
  const node = (comment: PublicComment, isHeld: boolean) => {
    const item = { ...comment, held: isHeld, replies: [] };
    nodes.set(comment.id, item);
    return item;
  };
  const roots = thread.threads.map((comment) => node(comment, false));
  const replies = [...thread.replies.map((c) => node(c, false)), ...held.map((c) => node(c, true))];
  for (const reply of replies) {
    const parent = reply.parentId ? nodes.get(reply.parentId) : undefined;
    if (parent) parent.replies.push(reply);
    else if (reply.held && reply.threadId === null) roots.push(reply);
  }
  return roots;
}

export function CommentsSection(props: CommentsSectionProps) {
  const { thread, articlePath } = props;
  const threads = buildThreads(thread, props.held);
  const pageQuery = thread.page > 1 ? `?cpage=${thread.page}` : '';
  return (
    <section id="commentaires" aria-labelledby="commentaires-titre" className="comments">
      <h2 id="commentaires-titre">{t.counts.commentsHeading(props.count)}</h2>
      {threads.length > 0 ? (
        <ol className="comment-list">
          {threads.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              articlePath={articlePath}
              pageQuery={pageQuery}
              canReply={props.open}
              reportAction={props.reportAction}
              report={props.report}
              own={props.own}
            />
          ))}
        </ol>
      ) : (
        props.open && <p>{t.comments.empty}</p>
      )}
      <Pagination
        basePath={articlePath}
        page={thread.page}
        pageCount={thread.pageCount}
        query="cpage"
        fragment="#commentaires"
        label={t.comments.threadPages}
      />
      {props.open ? (
        <CommentForm
          action={props.form.action}
          articleId={props.articleId}
          token={props.form.token}
          initialValues={props.form.initialValues}
          replyTo={
            props.form.replyTo && {
              id: props.form.replyTo.id,
              title: t.comments.replyTo(props.form.replyTo.name),
              cancelHref: `${articlePath}#commentaires`,
            }
          }
          labels={t.comments.form}
        />
      ) : (
        <p className="notice">{t.comments.closed}</p>
      )}
    </section>
  );
}
