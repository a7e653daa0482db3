import type { InputHTMLAttributes, ReactNode } from 'react';

/** What a form control needs to be named by its label and described by its hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

const errorId = (id: string) => `${id}-erreur`;

function describedBy(id: string, error: string | undefined, hintId: string | undefined): string | undefined {
  return [error ? errorId(id) : null, hintId].filter(Boolean).join(' ') || undefined;
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(id)} className="field-error">
      {error}
    </p>
  ) : null;
}

type FieldProps = {
  id: string;
  name: string;
  label: ReactNode;
  /** Shown under the control. */
  hint?: ReactNode;
  /** A hint already on the page, shared by several fields. */
  hintId?: string;
  error?: string;
  /** Marks the label with an asterisk (the control still needs its own `required`). */
  marked?: boolean;
  /** A checkbox: the box before its label. */
  check?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** One labelled form field: its control, its hint, and the error that names what to fix, all tied together for screen readers. */
export function Field({ id, name, label, hint, hintId, error, marked, check, children }: FieldProps) {
  const ownHintId = hint ? `${id}-aide` : hintId;
  const control = children({
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, ownHintId),
  });
  const labelElement = (
    <label htmlFor={id}>
      {label}
      {marked && (
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
  return (
    <div className={check ? 'field field--check' : 'field'}>
      {check ? control : labelElement}
      {check ? labelElement : control}
      {hint && (
        <p id={ownHintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A Field whose control is one `<input>`, the common case: the input's own attributes pass through. */
export function InputField({
  id,
  name,
  label,
  hint,
  hintId,
  error,
  marked,
  ...input
}: Omit<FieldProps, 'children' | 'check'> & Omit<InputHTMLAttributes<HTMLInputElement>, keyof ControlProps>) {
  return (
    <Field id={id} name={name} label={label} hint={hint} hintId={hintId} error={error} marked={marked}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

type ChoiceFieldProps = {
  id: string;
  name: string;
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  value: string;
  error?: string;
};

/** A choice among a few options as radio buttons, in a fieldset described by its error. */
export function ChoiceField({ id, name, legend, options, value, error }: ChoiceFieldProps) {
  return (
    <fieldset aria-describedby={describedBy(id, error, undefined)}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="field--check">
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The form's message: what went wrong (an alert that takes focus) or that it was saved. */
export function FormMessage({ message }: { message: { text: string; tone: 'alert' | 'status' } | null }) {
  if (!message) return null;
  return message.tone === 'alert' ? (
    <p className="form-error" role="alert" tabIndex={-1}>
      {message.text}
    </p>
  ) : (
    <p className="flash" role="status">
      {message.text}
    </p>
  );
}
