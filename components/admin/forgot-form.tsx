'use client';

import { useActionState, useRef } from 'react';
import { t } from '@/lib/i18n';
import { Field, FormMessage } from '../field';
import { errorsOf, messageOf, type FormState } from '../form-state';
import { useErrorFocus } from '../use-error-focus';

const f = t.admin.team.forgot;

export type ForgotState = FormState<{ email: string }, 'email'>;

type Props = { action: (state: ForgotState, formData: FormData) => Promise<ForgotState> };

/** "Mot de passe oublié": one answer for every address, known or not. */
export function ForgotForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: { email: '' } });
  const formRef = useRef<HTMLFormElement>(null);
  useErrorFocus(formRef, state);
  const errors = errorsOf<'email'>(state);
  return (
    <form
      key={JSON.stringify(state)}
      ref={formRef}
      action={formAction}
      className="admin-form sign-in"
      aria-labelledby="oubli-titre"
      noValidate
    >
      <h1 id="oubli-titre">{f.title}</h1>
      <FormMessage message={messageOf(state)} />
      <p>{f.intro}</p>
      <Field id="oubli-email" name="email" label={f.email} error={errors.email}>
        {(control) => (
          <input {...control} type="email" required autoComplete="username" defaultValue={state.values.email} />
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? f.pending : f.submit}
      </button>
    </form>
  );
}
