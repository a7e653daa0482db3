'use server';

import { z } from 'zod';
import { clientIp } from '@/app/_server/request-ip';
import { saveProfile } from '@/app/_server/profile-update';
import { currentStaffSession, requireStaff } from '@/app/_server/staff-guard';
import { setDigestFrequency } from '@/db/moderation-digests';
import { getPasswordHashForStaff, updateOwnPassword } from '@/db/profiles';
import { t } from '@/lib/i18n';
import { checkPassword, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/password';
import { fieldsInError, passwordChangeSchema } from '@/lib/team-form';
import { digestFrequencies } from '@/lib/vocabulary';
import type { DigestState } from '@/components/admin/digest-form';
import type { PasswordField, PasswordState } from '@/components/admin/password-form';
import type { ProfileState } from '@/components/admin/profile-form';
import { invalid, saved, type FieldErrors } from '@/components/form-state';
import { unlessStorageFails } from '@/app/_server/storage-guard';

const PAGE = '/admin/compte';
const w = t.admin.team.password;

/** The member's own name and bio: every role may keep their profile. */
export async function saveOwnProfileAction(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const staff = await requireStaff('moderate', PAGE);
  // The member's own account is always in scope.
  return (await saveProfile(formData, staff, { id: staff.id, scope: { kind: 'own' } }))!;
}

const fieldError: Record<PasswordField, string> = {
  current: w.currentError,
  password: t.admin.team.accept.passwordError(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH),
  confirm: t.admin.team.accept.confirmError,
};

/**
 * A new password, given the current one: a session left open on a shared computer cannot lock its owner
 * out. Every other session of the member ends; this one stays.
 */
export async function changeOwnPasswordAction(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const staff = await requireStaff('moderate', PAGE);
  const session = (await currentStaffSession())!;
  const parsed = passwordChangeSchema.safeParse({
    current: String(formData.get('current') ?? ''),
    password: String(formData.get('password') ?? ''),
    confirm: String(formData.get('confirm') ?? ''),
  });
  if (!parsed.success) {
    const errors: FieldErrors<PasswordField> = {};
    for (const field of fieldsInError(parsed.error))
      errors[field as PasswordField] = fieldError[field as PasswordField];
    return invalid({}, errors, w.errorSummary);
  }
  if (!(await checkPassword(parsed.data.current, getPasswordHashForStaff(staff.id))))
    return invalid({}, { current: w.currentError }, w.errorSummary);
  updateOwnPassword(staff.id, await hashPassword(parsed.data.password), session.sessionId, {
    staffId: staff.id,
    ip: await clientIp(),
  });
  return saved({}, w.saved);
}

const digestSchema = z.object({ frequency: z.enum(digestFrequencies) });

/** The member's digest of pending comments: every role may moderate, so every member may ask for it. */
export async function saveDigestAction(_previous: DigestState, formData: FormData): Promise<DigestState> {
  const staff = await requireStaff('moderate', PAGE);
  const values = { frequency: String(formData.get('frequency') ?? '').slice(0, 20) };
  const parsed = digestSchema.safeParse(values);
  if (!parsed.success)
    return invalid(values, { frequency: t.admin.account.digest.error }, t.admin.account.digest.errorSummary);
  return unlessStorageFails('saveDigest', values, t.admin.unavailable, async () => {
    setDigestFrequency(staff.id, parsed.data.frequency);
    return saved(values, t.admin.account.digest.saved);
  });
}
