'use client';

import { useActionState } from 'react';
import { t } from '@/lib/i18n';

export type StaffTextState = { error: string | null };

type Props = {
  action: (state: StaffTextState, formData: FormData) => Promise<StaffTextState>;
  id: string;
  label: string;
  submit: string;
  defaultValue?: string;
  hidden: Record<string, string | number>;
};

/** A staff member's text about a comment (its corrected body, a reply): a plain form post; on success the action goes back to the queue. */
export function StaffTextForm({ action, id, label, submit, defaultValue = '', hidden }: Props) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="staff-text-form">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name="body"
        rows={4}
        required
        defaultValue={defaultValue}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? `${id}-erreur` : undefined}
      />
      {state.error && (
        <p id={`${id}-erreur`} className="field-error" role="alert">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t.admin.comments.sending : submit}
      </button>
    </form>
  );
}
