import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentStaff } from '@/app/_server/staff-guard';
import { SignInForm } from '@/components/admin/sign-in-form';
import { t } from '@/lib/i18n';
import { ACCOUNT_DELAY_CAP_MS, LOCK_WINDOW_MS } from '@/lib/login-throttle';
import { safeReturnPath } from '@/lib/return-path';
import { signInAction } from './actions';

export const metadata: Metadata = { title: t.admin.signIn.title };

export default async function SignInPage(props: PageProps<'/admin/connexion'>) {
  const query = await props.searchParams;
  const returnTo = safeReturnPath(query.retour);
  if (await currentStaff()) redirect(returnTo);
  // next-auth's own endpoint sends its failures here as ?error=…: the same answers, with the longest waits.
  const error =
    query.error === 'locked'
      ? t.admin.signIn.locked(LOCK_WINDOW_MS / 60_000)
      : query.error === 'slowed'
        ? t.admin.signIn.slowed(ACCOUNT_DELAY_CAP_MS / 1_000)
        : query.error
          ? t.admin.signIn.invalid
          : null;
  return (
    <main id="contenu" className="admin-main admin-main--narrow">
      {query.sortie !== undefined && <p role="status">{t.admin.signIn.signedOut}</p>}
      <SignInForm action={signInAction} returnTo={returnTo} initialError={error} />
      <p>
        <Link href="/admin/connexion/oubli">{t.admin.team.forgot.link}</Link>
      </p>
    </main>
  );
}
