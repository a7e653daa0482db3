'use client';

import { useActionState, useRef } from 'react';
import { t } from '@/lib/i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/password-limits';
import { Field, FormMessage } from '../field';
import { errorsOf, messageOf, type FormState } from '../form-state';
import { useErrorFocus } from '../use-error-focus';

const w = t.admin.team.password;

export type PasswordField = 'current' | 'password' | 'confirm';
/** Passwords are never echoed back: the form keeps no values. */
export type PasswordState = FormState<Record<string, never>, PasswordField>;

type Props = { action: (state: PasswordState, formData: FormData) => Promise<PasswordState> };

/** A member's own password, changed only with the current one. */
export function PasswordForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: {} });
  const formRef = useRef<HTMLFormElement>(null);
  useErrorFocus(formRef, state);
  const errors = errorsOf<PasswordField>(state);
  return (
    <form
      key={JSON.stringify(state)}
      ref={formRef}
      action={formAction}
      className="admin-form"
      aria-labelledby="mot-de-passe-titre"
      noValidate
    >
      <h2 id="mot-de-passe-titre">{w.title}</h2>
      <FormMessage message={messageOf(state)} />
      <Field id="mdp-actuel" name="current" label={w.current} error={errors.current} marked>
        {(control) => <input {...control} type="password" required autoComplete="current-password" />}
      </Field>
      <Field
        id="mdp-nouveau"
        name="password"
        label={w.next}
        hint={t.admin.team.accept.passwordHint(PASSWORD_MIN_LENGTH)}
        error={errors.password}
        marked
      >
        {(control) => (
          <input
            {...control}
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            autoComplete="new-password"
          />
        )}
      </Field>
      <Field id="mdp-confirmation" name="confirm" label={w.confirm} error={errors.confirm} marked>
        {(control) => <input {...control} type="password" required autoComplete="new-password" />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? w.pending : w.submit}
      </button>
    </form>
  );
}
