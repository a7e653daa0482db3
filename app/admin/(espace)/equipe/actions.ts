'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { issueLink, shownLink } from '@/app/_server/account-links';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { changeMemberDisabled, changeMemberRole, inviteMember, issueMemberLink } from '@/db/team';
import { invitationMail, passwordLinkMail } from '@/lib/account-mail';
import { t } from '@/lib/i18n';
import { fieldsInError, inviteSchema, roleSchema } from '@/lib/team-form';
import { emptyInvite, type InviteState, type InviteValues } from '@/components/admin/invite-form';
import type { MemberLinkState } from '@/components/admin/member-link-form';
import { invalid, type FieldErrors } from '@/components/form-state';

const x = t.admin.team;
const PAGE = '/admin/equipe';

const memberId = (raw: FormDataEntryValue | null) => {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** Invites a member (admins): an account with no password yet, and a single-use link shown to the admin once. */
export async function inviteAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const staff = await requireStaff('team', PAGE);
  const values: InviteValues = {
    name: String(formData.get('name') ?? '').slice(0, 1_000),
    email: String(formData.get('email') ?? '').slice(0, 1_000),
    role: String(formData.get('role') ?? '').slice(0, 100),
  };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors<keyof InviteValues> = {};
    for (const field of fieldsInError(parsed.error))
      errors[field as keyof InviteValues] = x.invite[`${field as keyof InviteValues}Error`];
    return invalid(values, errors, x.invite.errorSummary);
  }
  const ip = await clientIp();
  return unlessStorageFails('invite', values, t.admin.unavailable, async () => {
    const link = issueLink('invite');
    const invited = inviteMember({ ...parsed.data, ...link }, { staffId: staff.id, ip }, (to) =>
      invitationMail(to, to.role, link.url),
    );
    if (invited === 'taken') return invalid(values, { email: x.invite.taken }, x.invite.errorSummary);
    // The answer re-renders the page: the table shows the new member at once.
    revalidatePath(PAGE);
    return {
      status: 'linked' as const,
      values: emptyInvite,
      message: x.link.sent(parsed.data.name, parsed.data.email),
      ...shownLink(link),
    };
  });
}

/** A new single-use link for a member (admins): a new password, or a new invitation if they never accepted. */
export async function memberLinkAction(_previous: MemberLinkState, formData: FormData): Promise<MemberLinkState> {
  const staff = await requireStaff('team', PAGE);
  const id = memberId(formData.get('id'));
  if (!id) return { status: 'refused', message: x.member.done.invalid };
  const link = issueLink('reset');
  const member = issueMemberLink(id, link, { staffId: staff.id, ip: await clientIp() }, (to, purpose) =>
    purpose === 'invite' ? invitationMail(to, to.role, link.url) : passwordLinkMail(to, link.url, 'week'),
  );
  if (!member) return { status: 'refused', message: x.member.linkRefused };
  return { status: 'linked', message: x.link.sent(member.name, member.email), ...shownLink(link) };
}

function back(id: number | null, done: string): never {
  redirect(id ? `${PAGE}/${id}?fait=${done}` : PAGE);
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('team', PAGE);
  const id = memberId(formData.get('id'));
  const parsed = roleSchema.safeParse({ role: formData.get('role') });
  if (!id || !parsed.success) back(id, 'invalid');
  const result = changeMemberRole(id, parsed.data.role, { staffId: staff.id, ip: await clientIp() });
  back(id, result === 'done' ? 'role' : result === 'missing' ? 'invalid' : result);
}

export async function changeDisabledAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('team', PAGE);
  const id = memberId(formData.get('id'));
  const disabled = formData.get('disabled') === '1';
  if (!id) back(null, 'invalid');
  const result = changeMemberDisabled(id, disabled, { staffId: staff.id, ip: await clientIp() });
  back(id, result === 'done' ? (disabled ? 'disable' : 'enable') : result === 'missing' ? 'invalid' : result);
}
