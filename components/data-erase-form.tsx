'use client';

import { useActionState, useRef } from 'react';
import { ChoiceField, Field, FormMessage } from './field';
import { errorsOf, messageOf, type FormState } from './form-state';
import { useErrorFocus } from './use-error-focus';

export type DataEraseValues = { mode: string; confirm: boolean };
export type DataEraseState = FormState<DataEraseValues, 'mode' | 'confirm'>;

type Props = {
  action: (state: DataEraseState, formData: FormData) => Promise<DataEraseState>;
  labels: {
    title: string;
    intro: string;
    mode: string;
    modes: { delete: string; anonymise: string };
    confirm: string;
    submit: string;
    pending: string;
  };
};

/** "Effacer mes données": what becomes of the comments, and a box that says the reader means it. */
export function DataEraseForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, {
    status: 'idle',
    values: { mode: 'delete', confirm: false },
  });
  const formRef = useRef<HTMLFormElement>(null);
  useErrorFocus(formRef, state);
  const errors = errorsOf<'mode' | 'confirm'>(state);
  return (
    <form
      key={JSON.stringify(state)}
      ref={formRef}
      action={formAction}
      className="data-form"
      aria-labelledby="effacer-titre"
      noValidate
    >
      <h2 id="effacer-titre">{labels.title}</h2>
      <FormMessage message={messageOf(state)} />
      <p>{labels.intro}</p>
      <ChoiceField
        id="effacer-mode"
        name="mode"
        legend={labels.mode}
        value={state.values.mode}
        error={errors.mode}
        options={[
          { value: 'delete', label: labels.modes.delete },
          { value: 'anonymise', label: labels.modes.anonymise },
        ]}
      />
      <Field id="effacer-confirmation" name="confirm" label={labels.confirm} error={errors.confirm} check>
        {(control) => <input {...control} type="checkbox" required defaultChecked={state.values.confirm} />}
      </Field>
      <button type="submit" className="button-danger" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
