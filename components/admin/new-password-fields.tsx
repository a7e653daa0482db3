import { t } from '@/lib/i18n';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/password-limits';
import { Field } from '../field';

type Props = {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  labels: { password: string; confirm: string };
  errors: { password?: string; confirm?: string };
};

/** A new password and its confirmation, with the limits the server checks; never filled in again. */
export function NewPasswordFields({ id, labels, errors }: Props) {
  return (
    <>
      <Field
        id={`${id}-nouveau`}
        name="password"
        label={labels.password}
        hint={t.admin.team.accept.passwordHint(PASSWORD_MIN_LENGTH)}
        error={errors.password}
        marked
      >
        {(control) => (
          <input
            {...control}
            type="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={PASSWORD_MAX_LENGTH}
            autoComplete="new-password"
          />
        )}
      </Field>
      <Field id={`${id}-confirmation`} name="confirm" label={labels.confirm} error={errors.confirm} marked>
        {(control) => <input {...control} type="password" required autoComplete="new-password" />}
      </Field>
    </>
  );
}
