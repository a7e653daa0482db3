'use client';

import { useActionState, useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';

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
  return (
    <form action={formAction} className="admin-form sign-in" aria-labelledby="connexion-titre">
      <h1 id="connexion-titre">{t.admin.signIn.title}</h1>
      {state.error && (
        <p ref={errorRef} id="connexion-erreur" className="form-error" role="alert" tabIndex={-1}>
          {state.error}
        </p>
      )}
      <input type="hidden" name="retour" value={returnTo} />
      <div className="field">
        <label htmlFor="connexion-email">{t.admin.signIn.email}</label>
        <input
          id="connexion-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={state.error ? 'connexion-erreur' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="connexion-mot-de-passe">{t.admin.signIn.password}</label>
        <input
          id="connexion-mot-de-passe"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.error ? 'connexion-erreur' : undefined}
        />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t.admin.signIn.pending : t.admin.signIn.submit}
      </button>
    </form>
  );
}
