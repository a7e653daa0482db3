import type { Metadata } from 'next';
import { currentDataOwner } from '@/app/_server/data-session';
import { getCommenterDataForOwner } from '@/db/my-data';
import { DataEraseForm } from '@/components/data-erase-form';
import { DATA_PATH } from '@/lib/data-access';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { eraseDataAction, unsubscribeAllAction } from './actions';

const m = t.myData;
const s = m.space;
const EXCERPT = 160;

export const metadata: Metadata = { title: m.title, robots: { index: false, follow: false } };

// Per request and never stored anywhere (no-store; the edge passes /mes-donnees): it lists a person's comments.
export const dynamic = 'force-dynamic';

const excerpt = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body);

/** What the site keeps under the address of this browser's open session, and what the reader can do with it. */
export default async function DataSpacePage(props: PageProps<'/mes-donnees/espace'>) {
  const owner = await currentDataOwner();
  if (!owner)
    return (
      <div className="my-data">
        <h1>{m.title}</h1>
        <p role="alert">{s.expired}</p>
        <p>
          <a href={DATA_PATH}>{m.link.askAgain}</a>
        </p>
      </div>
    );
  const unsubscribed = (await props.searchParams).desabonne === '1';
  const data = getCommenterDataForOwner(owner);
  return (
    <div className="my-data">
      <h1>{m.title}</h1>
      <section aria-labelledby="donnees-commentaires">
        <h2 id="donnees-commentaires">
          {s.commentsTitle} ({s.count(data.comments.length)})
        </h2>
        {data.comments.length === 0 ? (
          <p>{s.empty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{s.columns.article}</th>
                <th scope="col">{s.columns.date}</th>
                <th scope="col">{s.columns.status}</th>
                <th scope="col">{s.columns.text}</th>
              </tr>
            </thead>
            <tbody>
              {data.comments.map((comment) => (
                <tr key={comment.id}>
                  <td>
                    <a href={`/article/${comment.article.slug}`}>{comment.article.title}</a>
                  </td>
                  <td>{formatDateTime(comment.createdAt)}</td>
                  <td>{s.statuses[comment.status]}</td>
                  <td>
                    {excerpt(comment.body)}
                    {comment.status === 'approved' && (
                      <>
                        {' '}
                        <a href={`/commentaire/${comment.id}`}>{s.view}</a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a href={`${DATA_PATH}/telechargement`} download>
            {s.export}
          </a>
        </p>
      </section>
      <section aria-labelledby="donnees-courriels">
        <h2 id="donnees-courriels">{s.subscriptionsTitle}</h2>
        {unsubscribed ? (
          <p role="status">{s.unsubscribed}</p>
        ) : data.subscription ? (
          <form action={unsubscribeAllAction}>
            <p>{s.subscribed(data.subscription.commentIds.length)}</p>
            <button type="submit">{s.unsubscribe}</button>
          </form>
        ) : (
          <p>{s.notSubscribed}</p>
        )}
      </section>
      <DataEraseForm action={eraseDataAction} labels={m.erase} />
    </div>
  );
}
