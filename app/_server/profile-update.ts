import 'server-only';
import { updateProfile, type ProfileScope } from '@/db/profiles';
import { t } from '@/lib/i18n';
import type { StaffMember } from '@/lib/roles';
import { fieldsInError, profileLimits, profileSchema } from '@/lib/team-form';
import type { ProfileState, ProfileValues } from '@/components/admin/profile-form';
import { invalid, saved, type FieldErrors } from '@/components/form-state';
import { clientIp } from './request-ip';
import { revalidateAuthor } from './revalidate-author';
import { unlessStorageFails } from './storage-guard';

const p = t.admin.team.profile;

/** The profile form's post, for a member's own profile and for a byline alike; null when out of scope. */
export async function saveProfile(
  formData: FormData,
  staff: StaffMember,
  profile: { id: number; scope: ProfileScope },
): Promise<ProfileState | null> {
  const values: ProfileValues = {
    name: String(formData.get('name') ?? '').slice(0, 10_000),
    bio: String(formData.get('bio') ?? '').slice(0, 100_000),
  };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) {
    const fields = fieldsInError(parsed.error);
    const errors: FieldErrors<keyof ProfileValues> = {
      ...(fields.has('name') ? { name: p.nameError } : {}),
      ...(fields.has('bio') ? { bio: p.bioError(profileLimits.bio) } : {}),
    };
    return invalid(values, errors, p.errorSummary);
  }
  const ip = await clientIp();
  return unlessStorageFails('saveProfile', values, t.admin.unavailable, async () => {
    const before = updateProfile(profile.id, profile.scope, parsed.data, { staffId: staff.id, ip });
    if (!before) return null;
    revalidateAuthor(before.slug, before.name !== parsed.data.name);
    return saved(parsed.data, p.saved);
  });
}
