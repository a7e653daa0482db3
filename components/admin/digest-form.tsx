'use client';

import { t } from '@/lib/i18n';
import { digestFrequencies } from '@/lib/vocabulary';
import { ChoiceField, FormMessage } from '../field';
import { messageOf, type FormState } from '../form-state';
import { useFormAction } from '../use-form-action';

const d = t.admin.account.digest;

export type DigestValues = { frequency: string };
export type DigestState = FormState<DigestValues, keyof DigestValues>;

type Props = {
  action: (state: DigestState, formData: FormData) => Promise<DigestState>;
  initial: DigestValues;
};

/** A moderator's digest of pending comments: never, hourly or daily. */
export function DigestForm({ action, initial }: Props) {
  const { state, pending, errors, form } = useFormAction(action, initial);
  return (
    <form key={JSON.stringify(state.values)} {...form} className="admin-form" aria-labelledby="resume" noValidate>
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
