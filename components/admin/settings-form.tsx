'use client';

import { t } from '@/lib/i18n';
import { numberBounds, type SettingKey } from '@/lib/settings';
import { ChoiceField, Field, FormMessage } from '../field';
import { messageOf, type FormState } from '../form-state';
import { useFormAction } from '../use-form-action';

const s = t.admin.settings;

/** The form's fields as typed (strings; the word lists one per line), so a refused form comes back as it was. */
export type SettingsValues = Record<SettingKey, string>;
export type SettingsFormState = FormState<SettingsValues, SettingKey>;

type Props = {
  action: (state: SettingsFormState, formData: FormData) => Promise<SettingsFormState>;
  initial: SettingsValues;
};

export function SettingsForm({ action, initial }: Props) {
  const { state, pending, errors, form } = useFormAction(action, initial);

  const number = (key: keyof typeof numberBounds) => (
    <Field id={`reglage-${key}`} name={key} label={s[key]} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={numberBounds[key][0]}
          max={numberBounds[key][1]}
          step={1}
          required
          defaultValue={state.values[key]}
        />
      )}
    </Field>
  );
  const words = (key: 'holdWords' | 'blockWords') => (
    <Field id={`reglage-${key}`} name={key} label={s[key]} hintId="mots-aide" error={errors[key]}>
      {(control) => <textarea {...control} rows={5} defaultValue={state.values[key]} />}
    </Field>
  );
  const choice = (key: 'moderationMode' | 'threadOrder' | 'publishedNotice', options: Record<string, string>) => (
    <ChoiceField
      id={`reglage-${key}`}
      name={key}
      legend={s[key]}
      options={Object.entries(options).map(([value, label]) => ({ value, label }))}
      value={state.values[key]}
      error={errors[key]}
    />
  );

  return (
    // The key makes React reset the fields to the values the server answered with.
    <form key={JSON.stringify(state.values)} {...form} className="admin-form" noValidate>
      <FormMessage message={messageOf(state)} />
      <fieldset>
        <legend>{s.moderation}</legend>
        {choice('moderationMode', s.modes)}
        {choice('publishedNotice', s.publishedNotices)}
        {number('linkThreshold')}
        <p id="mots-aide" className="hint">
          {s.wordsHint}
        </p>
        {words('holdWords')}
        {words('blockWords')}
      </fieldset>
      <fieldset>
        <legend>{s.limits}</legend>
        {number('floodIntervalSeconds')}
        {number('hourlyCap')}
        {number('minSubmitSeconds')}
        {number('reportsToHide')}
        {number('ownEditMinutes')}
      </fieldset>
      <fieldset>
        <legend>{s.surge}</legend>
        {number('surgeComments')}
        {number('surgeMinutes')}
        {number('surgeHoldMinutes')}
      </fieldset>
      <fieldset>
        <legend>{s.privacy}</legend>
        {number('retentionIpDays')}
        {number('retentionSpamDays')}
      </fieldset>
      <fieldset>
        <legend>{s.display}</legend>
        {number('autoCloseDays')}
        {number('threadDepth')}
        {number('threadsPerPage')}
        {choice('threadOrder', s.orders)}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? s.saving : s.save}
        </button>
      </div>
    </form>
  );
}
