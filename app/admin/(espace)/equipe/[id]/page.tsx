import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { MemberLinkForm } from '@/components/admin/member-link-form';
import { getTeamMemberForStaff } from '@/db/team';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { roles } from '@/lib/vocabulary';
import { changeDisabledAction, changeRoleAction, memberLinkAction } from '../actions';

const x = t.admin.team;
const m = x.member;

export const metadata: Metadata = { title: x.title };

type Done = keyof typeof m.done;

/** One member (admins): role, disabling, and a single-use link for a new password or a new invitation. */
export default async function MemberPage(props: PageProps<'/admin/equipe/[id]'>) {
  const { id } = await props.params;
  await requireStaff('team', `/admin/equipe/${encodeURIComponent(id)}`);
  const member = /^\d{1,9}$/.test(id) ? getTeamMemberForStaff(Number(id), new Date()) : null;
  if (!member) notFound();
  const query = await props.searchParams;
  const done = typeof query.fait === 'string' && query.fait in m.done ? (query.fait as Done) : null;
  const failed = done === 'lastAdmin' || done === 'invalid';
  const disabled = member.status === 'disabled';
  return (
    <>
      <p>
        <Link href="/admin/equipe">{m.back}</Link>
      </p>
      <h1>{member.name}</h1>
      {done && (
        <p className={failed ? 'form-error' : 'flash'} role={failed ? 'alert' : 'status'}>
          {m.done[done]}
        </p>
      )}
      <dl>
        <dt>{x.columns.email}</dt>
        <dd>{member.email}</dd>
        <dt>{x.columns.status}</dt>
        <dd>{x.status[member.status]}</dd>
        <dt>{x.columns.lastSignIn}</dt>
        <dd>{member.lastSignInAt ? formatDateTime(member.lastSignInAt) : x.never}</dd>
      </dl>
      <form action={changeRoleAction} className="taxonomy-row">
        <input type="hidden" name="id" value={member.id} />
        <div className="field">
          <label htmlFor="membre-role">{m.role}</label>
          <select id="membre-role" name="role" defaultValue={member.role}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t.admin.roles[role]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{m.changeRole}</button>
      </form>
      <form action={changeDisabledAction} className="admin-form">
        <input type="hidden" name="id" value={member.id} />
        <input type="hidden" name="disabled" value={disabled ? '0' : '1'} />
        {!disabled && (
          <p id="membre-desactiver-aide" className="hint">
            {m.disableHelp}
          </p>
        )}
        <button
          type="submit"
          className="button-secondary"
          aria-describedby={disabled ? undefined : 'membre-desactiver-aide'}
        >
          {disabled ? m.enable : m.disable}
        </button>
      </form>
      {!disabled && (
        <MemberLinkForm
          action={memberLinkAction}
          memberId={member.id}
          label={member.status === 'active' ? m.resetLink : m.inviteLink}
          help={m.linkHelp}
        />
      )}
    </>
  );
}
