import { t } from '@/lib/i18n';

/** "Supprimer" asked for one of the reader's own comments: a plain form, confirmed by its button. */
export function OwnCommentDeleteForm({
  commentId,
  slug,
  cancelHref,
  action,
}: {
  commentId: number;
  slug: string;
  cancelHref: string;
  action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="own-comment-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="slug" value={slug} />
      <p>{t.comments.own.deleteQuestion}</p>
      <p className="actions">
        <button type="submit" className="button-secondary">
          {t.comments.own.deleteConfirm}
        </button>{' '}
        <a href={cancelHref}>{t.comments.own.cancel}</a>
      </p>
    </form>
  );
}
