'use client';

import { t } from '@/lib/i18n';
import { roles } from '@/lib/vocabulary';
import { Field, FormMessage, InputField } from '../field';
import { messageOf, type FormState } from '../form-state';

import { LinkResult } from './link-result';
import { useFormAction } from '../use-form-action';

const x = t.admin.team.invite;

export type InviteValues = { name: string; email: string; role: string };
type InviteField = keyof InviteValues;
export type InviteState = FormState<
  InviteValues,
  InviteField,
  { status: 'linked'; values: InviteValues; message: string; url: string; expires: string }
>;

export const emptyInvite: InviteValues = { name: '', email: '', role: 'editor' };

type Props = { action: (state: InviteState, formData: FormData) => Promise<InviteState> };

/** Invites a member: the link comes back on the page, once, for the admin to pass on. */
export function InviteForm({ action }: Props) {
  const { state, pending, errors, form } = useFormAction(action, emptyInvite);
  return (
    <form
      key={JSON.stringify(state.values)}
      {...form}
      className="admin-form"
      aria-labelledby="invitation-titre"
      noValidate
    >
      <h2 id="invitation-titre">{x.title}</h2>
      {state.status === 'linked' ? (
        <LinkResult id="invitation-lien" message={state.message} url={state.url} expires={state.expires} />
      ) : (
        <FormMessage message={messageOf(state)} />
      )}
      <InputField
        id="invitation-nom"
        name="name"
        label={x.name}
        error={errors.name}
        marked
        type="text"
        required
        maxLength={100}
        defaultValue={state.values.name}
      />
      <InputField
        id="invitation-email"
        name="email"
        label={x.email}
        error={errors.email}
        marked
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        defaultValue={state.values.email}
      />
      <Field id="invitation-role" name="role" label={x.role} error={errors.role}>
        {(control) => (
          <select {...control} defaultValue={state.values.role}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t.admin.roles[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? x.pending : x.submit}
      </button>
    </form>
  );
}
