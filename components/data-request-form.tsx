'use client';

import { useActionState, useRef } from 'react';
import { Field, FormMessage } from './field';
import { errorsOf, messageOf, type FormState } from './form-state';
import { useErrorFocus } from './use-error-focus';

export type DataRequestState = FormState<{ email: string }, 'email'>;

type Props = {
  action: (state: DataRequestState, formData: FormData) => Promise<DataRequestState>;
  labels: { email: string; emailHint: string; submit: string; pending: string };
};

/** "Mes données": asks for a link by e-mail; the answer is the same for every address. */
export function DataRequestForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: { email: '' } });
  const formRef = useRef<HTMLFormElement>(null);
  useErrorFocus(formRef, state);
  const errors = errorsOf<'email'>(state);
  return (
    <form key={JSON.stringify(state)} ref={formRef} action={formAction} className="data-form" noValidate>
      <FormMessage message={messageOf(state)} />
      <Field id="donnees-email" name="email" label={labels.email} hint={labels.emailHint} error={errors.email} marked>
        {(control) => (
          <input {...control} type="email" required autoComplete="email" defaultValue={state.values.email} />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
