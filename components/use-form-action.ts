import { useActionState, useRef } from 'react';
import { errorsOf, type FieldErrors } from './form-state';
import { useErrorFocus } from './use-error-focus';

type FieldOf<S> = S extends { status: 'invalid'; errors: FieldErrors<infer F> } ? F : never;

/**
 * The one way a form runs its action: it starts idle with the given values, and after each answer focus goes to
 * what needs fixing. Spread `form` on the `<form>` element.
 */
export function useFormAction<S extends { status: string; values: unknown }>(
  action: (state: S, formData: FormData) => Promise<S>,
  values: S['values'],
) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, { status: 'idle', values } as Awaited<S>);
  const ref = useRef<HTMLFormElement>(null);
  useErrorFocus(ref, state);
  const errors: FieldErrors<FieldOf<S>> = errorsOf(state as { status: string; errors?: FieldErrors<FieldOf<S>> });
  return { state, pending, errors, form: { ref, action: formAction } };
}
