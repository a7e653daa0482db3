import type { ReactNode } from 'react';

/**
 * A form that is one button, for a staff decision that needs no input: what it acts on goes in hidden fields, and
 * a plain form posts without JavaScript.
 */
export function ButtonForm({
  action,
  fields,
  label,
  accessibleName,
  look,
  className,
  children,
}: {
  action: (formData: FormData) => void | Promise<void>;
  fields: Record<string, string | number>;
  label: string;
  /** The button's full name where its label alone is ambiguous, as in a list of rows. */
  accessibleName?: string;
  look?: 'secondary' | 'danger';
  className?: string;
  /** Shown before the button: what will happen. */
  children?: ReactNode;
}) {
  return (
    <form action={action} className={className}>
      {children}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={look && `button-${look}`} aria-label={accessibleName}>
        {label}
      </button>
    </form>
  );
}
