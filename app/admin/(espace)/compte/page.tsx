import type { Metadata } from 'next';
import { countOpenStaffSessions } from '@/app/_server/auth';
import { requireStaff } from '@/app/_server/staff-guard';
import { t } from '@/lib/i18n';
import { signOutEverywhereAction } from '../actions';

export const metadata: Metadata = { title: t.admin.account.title };

const a = t.admin.account;

/** The member's own account: who they are, and a way to close every session they left open. */
export default async function AccountPage() {
  // Every role may moderate: this is the permission every signed-in member has.
  const staff = await requireStaff('moderate', '/admin/compte');
  const sessions = countOpenStaffSessions(staff.id);
  return (
    <>
      <h1>{a.title}</h1>
      <dl>
        <dt>{a.email}</dt>
        <dd>{staff.email}</dd>
        <dt>{a.role}</dt>
        <dd>{t.admin.roles[staff.role]}</dd>
      </dl>
      <p>{a.sessions(sessions)}</p>
      <p>{a.idle}</p>
      <form action={signOutEverywhereAction}>
        <p id="partout-aide">{a.everywhereHelp}</p>
        <button type="submit" aria-describedby="partout-aide">
          {a.signOutEverywhere}
        </button>
      </form>
    </>
  );
}
