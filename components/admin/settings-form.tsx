'use client';

import { useActionState, useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import { numberBounds, type SettingKey } from '@/lib/settings';

const s = t.admin.settings;

/** The form's fields as typed (strings; the word lists one per line), so a refused form comes back as it was. */
export type SettingsValues = Record<SettingKey, string>;
export type SettingsFormState = {
  values: SettingsValues;
  errors: Partial<Record<SettingKey, string>>;
  message: string | null;
  saved: boolean;
};

type Props = {
  action: (state: SettingsFormState, formData: FormData) => Promise<SettingsFormState>;
  initial: SettingsFormState;
};

export function SettingsForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = Object.keys(state.errors)[0];
    const target = first ? formRef.current?.elements.namedItem(first) : null;
    if (target instanceof HTMLElement) target.focus();
    else if (target instanceof RadioNodeList) (target[0] as HTMLElement | undefined)?.focus();
  }, [state]);

  const describe = (key: SettingKey, hint?: string) =>
    [state.errors[key] ? `${key}-erreur` : null, hint].filter(Boolean).join(' ') || undefined;
  const error = (key: SettingKey) =>
    state.errors[key] ? (
      <p id={`${key}-erreur`} className="field-error">
        {state.errors[key]}
      </p>
    ) : null;
  const number = (key: keyof typeof numberBounds) => (
    <div className="field">
      <label htmlFor={`reglage-${key}`}>{s[key]}</label>
      <input
        id={`reglage-${key}`}
        name={key}
        type="number"
        inputMode="numeric"
        min={numberBounds[key][0]}
        max={numberBounds[key][1]}
        step={1}
        required
        defaultValue={state.values[key]}
        aria-invalid={state.errors[key] ? true : undefined}
        aria-describedby={describe(key)}
      />
      {error(key)}
    </div>
  );
  const words = (key: 'holdWords' | 'blockWords') => (
    <div className="field">
      <label htmlFor={`reglage-${key}`}>{s[key]}</label>
      <textarea
        id={`reglage-${key}`}
        name={key}
        rows={5}
        defaultValue={state.values[key]}
        aria-invalid={state.errors[key] ? true : undefined}
        aria-describedby={describe(key, 'mots-aide')}
      />
      {error(key)}
    </div>
  );
  const choice = <K extends 'moderationMode' | 'threadOrder'>(key: K, options: Record<string, string>) => (
    <fieldset aria-describedby={describe(key)}>
      <legend>{s[key]}</legend>
      {Object.entries(options).map(([value, label]) => (
        <div key={value} className="field--check">
          <input
            id={`reglage-${key}-${value}`}
            type="radio"
            name={key}
            value={value}
            defaultChecked={state.values[key] === value}
          />
          <label htmlFor={`reglage-${key}-${value}`}>{label}</label>
        </div>
      ))}
      {error(key)}
    </fieldset>
  );

  return (
    // The key makes React reset the fields to the values the server answered with.
    <form key={JSON.stringify(state.values)} ref={formRef} action={formAction} className="admin-form" noValidate>
      {state.message && (
        <p className={state.saved ? 'flash' : 'form-error'} role={state.saved ? 'status' : 'alert'}>
          {state.message}
        </p>
      )}
      <fieldset>
        <legend>{s.moderation}</legend>
        {choice('moderationMode', s.modes)}
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
