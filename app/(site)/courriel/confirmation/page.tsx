import type { Metadata } from 'next';
import { readConfirmToken } from '@/lib/mail-links';
import { t } from '@/lib/i18n';

const p = t.mail.confirmPage;

export const metadata: Metadata = { title: p.title, robots: { index: false, follow: false } };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : '');

/** The confirmation link of a first subscription: a button, so that only a person confirms. */
export default async function ConfirmationPage(props: PageProps<'/courriel/confirmation'>) {
  const query = await props.searchParams;
  const token = single(query.jeton);
  const valid = token !== '' && readConfirmToken(token, new Date()) !== null;
  return (
    <div className="mail-page">
      <h1>{p.title}</h1>
      {single(query.fait) ? (
        <p role="status">{p.done}</p>
      ) : valid ? (
        <form method="post" action={`/api/confirmation?jeton=${encodeURIComponent(token)}`}>
          <p>{p.lead}</p>
          <button type="submit">{p.button}</button>
        </form>
      ) : (
        <p role="alert">{p.invalid}</p>
      )}
    </div>
  );
}
