'use client';

import { useActionState, useRef } from 'react';
import { t } from '@/lib/i18n';
import { digestFrequencies } from '@/lib/vocabulary';
import { ChoiceField, FormMessage } from '../field';
import { errorsOf, messageOf, type FormState } from '../form-state';
import { useErrorFocus } from '../use-error-focus';

const d = t.admin.account.digest;

export type DigestValues = { frequency: string };
export type DigestState = FormState<DigestValues, keyof DigestValues>;

type Props = {
  action: (state: DigestState, formData: FormData) => Promise<DigestState>;
  initial: DigestValues;
};

/** A moderator's digest of pending comments: never, hourly or daily. */
export function DigestForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: initial });
  const formRef = useRef<HTMLFormElement>(null);
  useErrorFocus(formRef, state);
  const errors = errorsOf<keyof DigestValues>(state);
  return (
    <form
      key={JSON.stringify(state.values)}
      ref={formRef}
      action={formAction}
      className="admin-form"
      aria-labelledby="resume"
      noValidate
    >
      <h2 id="resume">{d.title}</h2>
      <FormMessage message={messageOf(state)} />
      <p className="hint">{d.hint}</p>
      <ChoiceField
        id="resume-frequence"
        name="frequency"
        legend={d.legend}
        options={digestFrequencies.map((value) => ({ value, label: d.choices[value] }))}
        value={state.values.frequency}
        error={errors.frequency}
      />
      <button type="submit" disabled={pending}>
        {pending ? d.pending : d.submit}
      </button>
    </form>
  );
}
