import type { Metadata } from 'next';
import { readUnsubscribeToken, unsubscribeToken } from '@/lib/mail-links';
import { t } from '@/lib/i18n';

const p = t.mail.unsubscribePage;

export const metadata: Metadata = { title: p.title, robots: { index: false, follow: false } };

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : '');

/**
 * An unsubscribe link opened in a browser: one button for the thread it came from, one for everything.
 * Nothing happens on the GET itself (a mail scanner opens links); the mail client's one-click post goes
 * straight to /api/desabonnement.
 */
export default async function UnsubscribePage(props: PageProps<'/courriel/desabonnement'>) {
  const query = await props.searchParams;
  const done = single(query.fait);
  const token = single(query.jeton);
  const link = token ? readUnsubscribeToken(token) : null;
  const button = (scopeToken: string, label: string) => (
    <form method="post" action={`/api/desabonnement?jeton=${encodeURIComponent(scopeToken)}`}>
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <div className="mail-page">
      <h1>{p.title}</h1>
      {done ? (
        <p role="status">{done === 'tout' ? p.doneAll : p.doneThread}</p>
      ) : link ? (
        <>
          {link.scope !== 'all' && button(token, p.thread)}
          {button(link.scope === 'all' ? token : unsubscribeToken(link.emailHash, 'all'), p.all)}
        </>
      ) : (
        <p role="alert">{p.invalid}</p>
      )}
    </div>
  );
}
