'use client';

import { t } from '@/lib/i18n';
import { Field, FormMessage } from '../field';
import { messageOf, type FormState } from '../form-state';

import { NewPasswordFields } from './new-password-fields';
import { useFormAction } from '../use-form-action';

const w = t.admin.team.password;

export type PasswordField = 'current' | 'password' | 'confirm';
/** Passwords are never echoed back: the form keeps no values. */
export type PasswordState = FormState<Record<string, never>, PasswordField>;

type Props = { action: (state: PasswordState, formData: FormData) => Promise<PasswordState> };

/** A member's own password, changed only with the current one. */
export function PasswordForm({ action }: Props) {
  const { state, pending, errors, form } = useFormAction(action, {});
  return (
    <form key={JSON.stringify(state)} {...form} className="admin-form" aria-labelledby="mot-de-passe-titre" noValidate>
      <h2 id="mot-de-passe-titre">{w.title}</h2>
      <FormMessage message={messageOf(state)} />
      <Field id="mdp-actuel" name="current" label={w.current} error={errors.current} marked>
        {(control) => <input {...control} type="password" required autoComplete="current-password" />}
      </Field>
      <NewPasswordFields id="mdp" labels={{ password: w.next, confirm: w.confirm }} errors={errors} />
      <button type="submit" disabled={pending}>
        {pending ? w.pending : w.submit}
      </button>
    </form>
  );
}
