'use server';

import { issueLink } from '@/app/_server/account-links';
import { UNKNOWN_ADDRESS } from '@/app/_server/auth';
import { clientIp } from '@/app/_server/request-ip';
import { countPasswordResetRequests, createForgottenPasswordLink } from '@/db/account-links';
import { passwordLinkMail } from '@/lib/account-mail';
import { t } from '@/lib/i18n';
import { RESET_WINDOW_MS, resetRequestAllowed } from '@/lib/password-reset';
import { secretFor } from '@/lib/secret';
import { keyedHash, normaliseEmail } from '@/lib/signed-token';
import { forgotSchema } from '@/lib/team-form';
import type { ForgotState } from '@/components/admin/forgot-form';
import { invalid, saved } from '@/components/form-state';

const f = t.admin.team.forgot;

/**
 * "Mot de passe oublié": the same answer, after the same work but for one insert, whether the address
 * belongs to an account or not, and whether a limit held it back: the form tells nobody which addresses
 * exist. The link goes only to the account's own address.
 */
export async function forgotPasswordAction(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const values = { email: String(formData.get('email') ?? '').slice(0, 1_000) };
  const parsed = forgotSchema.safeParse(values);
  if (!parsed.success) return invalid(values, { email: f.emailError }, null);
  const now = new Date();
  const ip = (await clientIp()) ?? UNKNOWN_ADDRESS;
  // The address typed is kept only as a keyed hash: the rate limit needs no list of the addresses tried.
  const emailHash = keyedHash(normaliseEmail(parsed.data.email), secretFor('account-link'));
  const recent = countPasswordResetRequests({ emailHash, ip, since: new Date(now.getTime() - RESET_WINDOW_MS) });
  if (resetRequestAllowed(recent)) {
    const link = issueLink('forgotten', now);
    createForgottenPasswordLink({ email: parsed.data.email, emailHash, ip, now, ...link }, (to) =>
      passwordLinkMail(to, link.url, 'hour'),
    );
  }
  return saved({ email: '' }, f.answer);
}
