import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { InviteForm } from '@/components/admin/invite-form';
import { listTeamForStaff } from '@/db/team';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { inviteAction } from './actions';
import { AdminTable } from '@/components/admin/admin-table';

const x = t.admin.team;

export const metadata: Metadata = { title: x.title };

/** The team (admins): every member with role, state and last sign-in, and the invitation form. */
export default async function TeamPage() {
  await requireStaff('team', '/admin/equipe');
  const members = listTeamForStaff(new Date());
  return (
    <>
      <h1>{x.title}</h1>
      <p>{x.intro}</p>
      <AdminTable columns={[x.columns.name, x.columns.email, x.columns.role, x.columns.status, x.columns.lastSignIn]}>
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <Link href={`/admin/equipe/${member.id}`}>{member.name}</Link>
            </th>
            <td>{member.email}</td>
            <td>{t.admin.roles[member.role]}</td>
            <td>{x.status[member.status]}</td>
            <td>{member.lastSignInAt ? formatDateTime(member.lastSignInAt) : x.never}</td>
          </tr>
        ))}
      </AdminTable>
      <InviteForm action={inviteAction} />
    </>
  );
}
