import type { Metadata } from 'next';
import Link from 'next/link';
import { countOpenStaffSessions } from '@/app/_server/auth';
import { requireStaff } from '@/app/_server/staff-guard';
import { DigestForm } from '@/components/admin/digest-form';
import { PasswordForm } from '@/components/admin/password-form';
import { PhotoForm, photoResultOf } from '@/components/admin/photo-form';
import { ProfileForm } from '@/components/admin/profile-form';
import { getDigestFrequency } from '@/db/moderation-digests';
import { getProfileForStaff } from '@/db/profiles';
import { t } from '@/lib/i18n';
import { signOutEverywhereAction } from '../actions';
import { changeOwnPasswordAction, saveDigestAction, saveOwnProfileAction } from './actions';

export const metadata: Metadata = { title: t.admin.account.title };

const a = t.admin.account;

/** The member's own account: their profile, their password, and a way to close every session they left open. */
export default async function AccountPage(props: PageProps<'/admin/compte'>) {
  // Every role may moderate: this is the permission every signed-in member has.
  const staff = await requireStaff('moderate', '/admin/compte');
  const query = await props.searchParams;
  const profile = getProfileForStaff(staff.id, { kind: 'own' })!;
  const sessions = countOpenStaffSessions(staff.id);
  return (
    <>
      <h1>{a.title}</h1>
      {query.bienvenue !== undefined && (
        <p className="flash" role="status">
          {t.admin.team.accept.welcome}
        </p>
      )}
      <dl>
        <dt>{a.email}</dt>
        <dd>{staff.email}</dd>
        <dt>{a.role}</dt>
        <dd>{t.admin.roles[staff.role]}</dd>
      </dl>
      <p>
        <Link href={`/auteur/${profile.slug}`} prefetch={false}>
          {t.admin.team.profile.authorPage}
        </Link>
      </p>
      <ProfileForm action={saveOwnProfileAction} initial={{ name: profile.name, bio: profile.bio }} />
      <PhotoForm action="/admin/compte/photo" avatar={profile.avatar} result={photoResultOf(query.photo)} />
      <PasswordForm action={changeOwnPasswordAction} />
      <DigestForm action={saveDigestAction} initial={{ frequency: getDigestFrequency(staff.id) }} />
      <h2>{a.sessionsTitle}</h2>
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
