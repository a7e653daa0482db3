'use server';

import { redirect } from 'next/navigation';
import { startStaffSession } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/request-ip';
import { consumeAccountLink, getAccountLinkForStaff } from '@/db/account-links';
import { markSignedIn } from '@/db/users';
import { accountLinkHash } from '@/lib/account-link';
import { t } from '@/lib/i18n';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/password';
import { acceptSchema, fieldsInError } from '@/lib/team-form';
import type { AccountLinkField, AccountLinkState } from '@/components/admin/account-link-form';
import { invalid, type FieldErrors } from '@/components/form-state';

const a = t.admin.team.accept;

const fieldError: Record<AccountLinkField, string> = {
  name: a.nameError,
  password: a.passwordError(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH),
  confirm: a.confirmError,
};

/**
 * Sets the password of a single-use link, then signs the member in. The link is checked again when it is
 * used (the page may have been open for days) and claimed in the same transaction as the password, so a
 * replayed post finds it used.
 */
export async function acceptLinkAction(_previous: AccountLinkState, formData: FormData): Promise<AccountLinkState> {
  const tokenHash = accountLinkHash(String(formData.get('token') ?? ''));
  const values = { name: String(formData.get('name') ?? '').slice(0, 1_000) };
  const now = new Date();
  const link = tokenHash ? getAccountLinkForStaff(tokenHash, now) : null;
  if (!tokenHash || !link) return invalid(values, {}, a.invalid);
  const parsed = acceptSchema(link.purpose === 'invite').safeParse({
    name: formData.get('name') ?? undefined,
    password: String(formData.get('password') ?? ''),
    confirm: String(formData.get('confirm') ?? ''),
  });
  if (!parsed.success) {
    const errors: FieldErrors<AccountLinkField> = {};
    for (const field of fieldsInError(parsed.error))
      errors[field as AccountLinkField] = fieldError[field as AccountLinkField];
    return invalid(values, errors, a.errorSummary);
  }
  const used = consumeAccountLink({
    tokenHash,
    now,
    passwordHash: await hashPassword(parsed.data.password),
    name: parsed.data.name,
    ip: await clientIp(),
  });
  if (!used) return invalid(values, {}, a.invalid);
  markSignedIn(used.userId, now);
  await startStaffSession(used.userId);
  redirect('/admin/compte?bienvenue');
}
