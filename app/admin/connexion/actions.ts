'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authenticateStaff, startStaffSession, UNKNOWN_ADDRESS, type SignInResult } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/request-ip';
import { t } from '@/lib/i18n';
import { PASSWORD_MAX_LENGTH } from '@/lib/password';
import { safeReturnPath } from '@/lib/return-path';
import type { SignInState } from '@/components/admin/sign-in-form';

const signInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

function refusal(result: Exclude<SignInResult, { ok: true }>): string {
  if (result.reason === 'invalid') return t.admin.signIn.invalid;
  const left = result.until.getTime() - Date.now();
  return result.reason === 'locked'
    ? t.admin.signIn.locked(Math.ceil(left / 60_000))
    : t.admin.signIn.slowed(Math.ceil(left / 1_000));
}

/** The sign-in form: one answer for a wrong e-mail or a wrong password; the password is never echoed. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const parsed = signInSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return { email, error: t.admin.signIn.invalid };
  const result = await authenticateStaff({ ...parsed.data, ip: (await clientIp()) ?? UNKNOWN_ADDRESS });
  if (!result.ok) return { email, error: refusal(result) };
  await startStaffSession(result.userId);
  redirect(safeReturnPath(formData.get('retour')));
}
