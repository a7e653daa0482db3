'use client';

import { useActionState, useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import { InputField } from '../field';

export type SignInState = { email: string; error: string | null };

type Props = {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  returnTo: string;
  initialError: string | null;
};

/** A plain form post that works with JavaScript off; with it, the error comes back without a reload and takes focus. */
export function SignInForm({ action, returnTo, initialError }: Props) {
  const [state, formAction, pending] = useActionState(action, { email: '', error: initialError });
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state]);
  // One message for both fields: which of the two was wrong is not told.
  const errorId = state.error ? 'connexion-erreur' : undefined;
  return (
    <form action={formAction} className="admin-form sign-in" aria-labelledby="connexion-titre">
      <h1 id="connexion-titre">{t.admin.signIn.title}</h1>
      {state.error && (
        <p ref={errorRef} id="connexion-erreur" className="form-error" role="alert" tabIndex={-1}>
          {state.error}
        </p>
      )}
      <input type="hidden" name="retour" value={returnTo} />
      <InputField
        id="connexion-email"
        name="email"
        label={t.admin.signIn.email}
        hintId={errorId}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
      />
      <InputField
        id="connexion-mot-de-passe"
        name="password"
        label={t.admin.signIn.password}
        hintId={errorId}
        type="password"
        autoComplete="current-password"
        required
      />
      <button type="submit" disabled={pending}>
        {pending ? t.admin.signIn.pending : t.admin.signIn.submit}
      </button>
    </form>
  );
}
