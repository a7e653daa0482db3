'use client';

import { t } from '@/lib/i18n';
import { profileLimits } from '@/lib/team-form';
import { Field, FormMessage } from '../field';
import { messageOf, type FormState } from '../form-state';
import { useFormAction } from '../use-form-action';

const p = t.admin.team.profile;

export type ProfileValues = { name: string; bio: string };
export type ProfileState = FormState<ProfileValues, keyof ProfileValues>;

type Props = {
  action: (state: ProfileState, formData: FormData) => Promise<ProfileState>;
  initial: ProfileValues;
  /** The byline edited, when it is not the member's own profile. */
  bylineId?: number;
};

/** The name and bio shown on the author page: a member's own, or a byline's. */
export function ProfileForm({ action, initial, bylineId }: Props) {
  const { state, pending, errors, form } = useFormAction(action, initial);
  return (
    <form key={JSON.stringify(state.values)} {...form} className="admin-form" aria-labelledby="profil-titre" noValidate>
      <h2 id="profil-titre">{p.title}</h2>
      <FormMessage message={messageOf(state)} />
      {bylineId !== undefined && <input type="hidden" name="id" value={bylineId} />}
      <Field id="profil-nom" name="name" label={p.name} error={errors.name} marked>
        {(control) => (
          <input {...control} type="text" required maxLength={profileLimits.name} defaultValue={state.values.name} />
        )}
      </Field>
      <Field id="profil-bio" name="bio" label={p.bio} hint={p.bioHint(profileLimits.bio)} error={errors.bio}>
        {(control) => <textarea {...control} rows={5} maxLength={profileLimits.bio} defaultValue={state.values.bio} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? p.pending : p.submit}
      </button>
    </form>
  );
}
