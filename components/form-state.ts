/**
 * What every form action answers when it does not redirect. Each state but 'idle' carries what the
 * person typed, so a refused or unstored form comes back as it was sent, with or without JavaScript.
 *
 * - invalid: a field (errors, shown next to it) or the whole form (formError) needs the person's hand;
 * - unavailable: nothing was wrong with the form but it could not be stored (the database is locked,
 *   full or read-only): the same post will work in a moment;
 * - saved: stored, and the form stays on the page (settings).
 * A form may add states of its own (`Extra`), such as the article editor's preview.
 */
export type FormState<V, F extends string, Extra extends { status: string; values: V } = never> =
  | { status: 'idle'; values: V }
  | { status: 'invalid'; values: V; errors: Partial<Record<F, string>>; formError: string | null }
  | { status: 'unavailable'; values: V; message: string }
  | { status: 'saved'; values: V; message: string }
  | Extra;

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export const idle = <V>(values: V) => ({ status: 'idle' as const, values });

export const invalid = <V, F extends string>(values: V, errors: FieldErrors<F>, formError: string | null) => ({
  status: 'invalid' as const,
  values,
  errors,
  formError,
});

export const unavailable = <V>(values: V, message: string) => ({ status: 'unavailable' as const, values, message });

export const saved = <V>(values: V, message: string) => ({ status: 'saved' as const, values, message });

/** The field errors of a state, none unless it is 'invalid'. */
export function errorsOf<F extends string>(state: { status: string; errors?: FieldErrors<F> }): FieldErrors<F> {
  return (state.status === 'invalid' && state.errors) || {};
}

/** The message at the top of the form: an alert for a failure, a status for a saved form. */
export function messageOf(state: {
  status: string;
  formError?: string | null;
  message?: string;
}): { text: string; tone: 'alert' | 'status' } | null {
  if (state.status === 'invalid') return state.formError ? { text: state.formError, tone: 'alert' } : null;
  if (state.status === 'unavailable' && state.message) return { text: state.message, tone: 'alert' };
  if (state.status === 'saved' && state.message) return { text: state.message, tone: 'status' };
  return null;
}
