import type { Metadata } from 'next';
import { DataRequestForm } from '@/components/data-request-form';
import { t } from '@/lib/i18n';
import { requestDataLinkAction } from './actions';

const m = t.myData;

export const metadata: Metadata = { title: m.title, alternates: { canonical: '/mes-donnees' } };

// Rendered per request: it says when the reader's data has just been erased.
export const dynamic = 'force-dynamic';

/** "Mes données", linked from every comment form and the footer: a link by e-mail opens the rest. */
export default async function MyDataPage(props: PageProps<'/mes-donnees'>) {
  const erased = (await props.searchParams).efface === '1';
  return (
    <div className="my-data">
      <h1>{m.title}</h1>
      {erased && <p role="status">{m.erased}</p>}
      <p>{m.intro}</p>
      <DataRequestForm
        action={requestDataLinkAction}
        labels={{ email: m.email, emailHint: m.emailHint, submit: m.submit, pending: m.pending }}
      />
    </div>
  );
}
