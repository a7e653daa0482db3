import type { Metadata } from 'next';
import { isDataLinkUsable } from '@/db/my-data';
import { DATA_PATH, dataTokenHash } from '@/lib/data-access';
import { t } from '@/lib/i18n';
import { openDataLinkAction } from './actions';

const m = t.myData.link;

export const metadata: Metadata = { title: m.title, robots: { index: false, follow: false } };

// Never kept by Next, the edge (scripts/edge/kiosque.vcl passes /mes-donnees) or a browser.
export const dynamic = 'force-dynamic';

/**
 * The e-mailed link. Opening it uses nothing, since mail scanners open links: the reader's click on the
 * button does.
 */
export default async function DataLinkPage(props: PageProps<'/mes-donnees/lien/[token]'>) {
  const { token } = await props.params;
  const hash = dataTokenHash(token);
  const usable = hash !== null && isDataLinkUsable(hash, new Date());
  return (
    <div className="my-data">
      <h1>{m.title}</h1>
      {usable ? (
        <form action={openDataLinkAction}>
          <p>{m.lead}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit">{m.button}</button>
        </form>
      ) : (
        <>
          <p role="alert">{m.invalid}</p>
          <p>
            <a href={DATA_PATH}>{m.askAgain}</a>
          </p>
        </>
      )}
    </div>
  );
}
