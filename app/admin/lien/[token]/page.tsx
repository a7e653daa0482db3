import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AccountLinkForm } from '@/components/admin/account-link-form';
import { getAccountLinkForStaff } from '@/db/account-links';
import { accountLinkHash } from '@/lib/account-link';
import { t } from '@/lib/i18n';
import { acceptLinkAction } from './actions';

const a = t.admin.team.accept;

export const metadata: Metadata = { title: a.inviteTitle, referrer: 'strict-origin' };

/** A single-use link's page: showing it uses nothing; only the form's post does. */
export default async function AccountLinkPage(props: PageProps<'/admin/lien/[token]'>) {
  // Read per request: a link's page must never be served from a cache once the link is used.
  await connection();
  const { token } = await props.params;
  const tokenHash = accountLinkHash(token);
  const link = tokenHash ? getAccountLinkForStaff(tokenHash, new Date()) : null;
  return (
    <main id="contenu" className="admin-main admin-main--narrow">
      {link ? (
        <>
          <h1>{link.purpose === 'invite' ? a.inviteTitle : a.resetTitle}</h1>
          <p>{a.intro(link.name, link.email)}</p>
          <AccountLinkForm
            action={acceptLinkAction}
            token={token}
            name={link.purpose === 'invite' ? link.name : null}
          />
        </>
      ) : (
        <>
          <h1>{a.invalidTitle}</h1>
          <p role="alert">{a.invalid}</p>
          <p>
            <Link href="/admin/connexion/oubli">{a.askAgain}</Link>
          </p>
        </>
      )}
    </main>
  );
}
