'use client';

import type { Messages } from '@/messages/fr';
import { Field, FormMessage } from './field';
import { messageOf } from './form-state';
import type { OwnCommentFormState } from './own-comment-form-state';
import { useFormAction } from './use-form-action';

type Props = {
  action: (state: OwnCommentFormState, formData: FormData) => Promise<OwnCommentFormState>;
  commentId: number;
  body: string;
  cancelHref: string;
  /** The catalog's labels, passed in so the message catalog stays out of the page's JavaScript. */
  labels: Pick<Messages['comments']['own'], 'editTitle' | 'body' | 'save' | 'saving' | 'cancel'>;
  windowNotice: string;
};

/** The author's own comment, open for editing in place: a plain form post, answered in place with JavaScript. */
export function OwnCommentEditForm({ action, commentId, body, cancelHref, labels, windowNotice }: Props) {
  const { state, pending, errors, form } = useFormAction(action, { commentId: String(commentId), body });
  return (
    <form {...form} className="own-comment-form" aria-label={labels.editTitle}>
      <FormMessage message={messageOf(state)} />
      <input type="hidden" name="commentId" value={commentId} />
      <Field
        id={`modifier-${commentId}`}
        name="body"
        label={labels.body}
        hint={windowNotice}
        error={errors.body}
        marked
      >
        {(control) => <textarea {...control} defaultValue={state.values.body} rows={6} required aria-required="true" />}
      </Field>
      <p className="actions">
        <button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? labels.saving : labels.save}
        </button>{' '}
        <a href={cancelHref}>{labels.cancel}</a>
      </p>
    </form>
  );
}
