'use server';

import { saveProfile } from '@/app/_server/profile-update';
import { requireStaff } from '@/app/_server/staff-guard';
import { t } from '@/lib/i18n';
import type { ProfileState, ProfileValues } from '@/components/admin/profile-form';
import { invalid } from '@/components/form-state';

/** A byline's name and bio (editors, admins): never a member's, whose profile is their own. */
export async function saveBylineAction(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const id = Number(formData.get('id'));
  const staff = await requireStaff('articles', `/admin/signatures/${Number.isSafeInteger(id) ? id : ''}`);
  const values: ProfileValues = { name: String(formData.get('name') ?? ''), bio: String(formData.get('bio') ?? '') };
  if (!Number.isSafeInteger(id) || id < 1) return invalid(values, {}, t.admin.team.member.done.invalid);
  return (
    (await saveProfile(formData, staff, { id, scope: { kind: 'byline' } })) ??
    invalid(values, {}, t.admin.team.member.done.invalid)
  );
}
