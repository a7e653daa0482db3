'use client';

import { useActionState } from 'react';
import { t } from '@/lib/i18n';
import { Field, FormMessage } from '../field';
import { errorsOf, messageOf, type FormState } from '../form-state';

export type StaffTextState = FormState<{ body: string }, 'body'>;

type Props = {
  action: (state: StaffTextState, formData: FormData) => Promise<StaffTextState>;
  id: string;
  summary: string;
  label: string;
  submit: string;
  defaultValue?: string;
  hidden: Record<string, string | number>;
  /** Marks the reply form, which the r key opens (queue-keyboard.tsx). */
  reply?: boolean;
};

/**
 * A staff member's text about a comment (its corrected body, a reply), folded under its summary: a plain
 * form post; on success the action goes back to the queue, on failure the form comes back open with the text.
 */
export function StaffTextForm({ action, id, summary, label, submit, defaultValue = '', hidden, reply }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: { body: defaultValue } });
  const errors = errorsOf<'body'>(state);
  return (
    <details data-reply={reply ? '' : undefined} open={state.status === 'idle' ? undefined : true}>
      <summary>{summary}</summary>
      <form action={formAction} className="staff-text-form">
        <FormMessage message={messageOf(state)} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Field id={id} name="body" label={label} error={errors.body}>
          {(control) => <textarea {...control} rows={4} required defaultValue={state.values.body} />}
        </Field>
        <button type="submit" disabled={pending}>
          {pending ? t.admin.comments.sending : submit}
        </button>
      </form>
    </details>
  );
}
