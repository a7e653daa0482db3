'use client';

import { t } from '@/lib/i18n';
import { Field, FormMessage } from '../field';
import { messageOf, type FormState } from '../form-state';
import { useFormAction } from '../use-form-action';

const f = t.admin.team.forgot;

export type ForgotState = FormState<{ email: string }, 'email'>;

type Props = { action: (state: ForgotState, formData: FormData) => Promise<ForgotState> };

/** "Mot de passe oublié": one answer for every address, known or not. */
export function ForgotForm({ action }: Props) {
  const { state, pending, errors, form } = useFormAction(action, { email: '' });
  return (
    <form key={JSON.stringify(state)} {...form} className="admin-form sign-in" aria-labelledby="oubli-titre" noValidate>
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
