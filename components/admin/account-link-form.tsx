'use client';

import { t } from '@/lib/i18n';
import { FormMessage, InputField } from '../field';
import { messageOf, type FormState } from '../form-state';

import { NewPasswordFields } from './new-password-fields';
import { useFormAction } from '../use-form-action';

const a = t.admin.team.accept;

/** Only the name comes back after a refusal: a password is never echoed. */
export type AccountLinkValues = { name: string };
export type AccountLinkField = 'name' | 'password' | 'confirm';
export type AccountLinkState = FormState<AccountLinkValues, AccountLinkField>;

type Props = {
  action: (state: AccountLinkState, formData: FormData) => Promise<AccountLinkState>;
  token: string;
  /** An invitation asks for the name shown in bylines; a reset only for the password. */
  name: string | null;
};

/** Sets a password from a single-use link: a plain form post, JavaScript or not. */
export function AccountLinkForm({ action, token, name }: Props) {
  const { state, pending, errors, form } = useFormAction(action, { name: name ?? '' });
  return (
    <form key={JSON.stringify(state)} {...form} className="admin-form" noValidate>
      <FormMessage message={messageOf(state)} />
      <input type="hidden" name="token" value={token} />
      {name !== null && (
        <InputField
          id="lien-nom"
          name="name"
          label={a.name}
          error={errors.name}
          marked
          type="text"
          required
          maxLength={100}
          autoComplete="name"
          defaultValue={state.values.name}
        />
      )}
      <NewPasswordFields id="lien" labels={{ password: a.password, confirm: a.confirm }} errors={errors} />
      <button type="submit" disabled={pending}>
        {pending ? a.pending : a.submit}
      </button>
    </form>
  );
}
