import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { MediaUploadForm } from '@/components/admin/media-upload-form';
import { OptimizedImage } from '@/components/optimized-image';
import { getMedia, listMedia } from '@/db/media';
import { config } from '@/lib/config';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { dayRange } from '@/lib/media-form';
import { updateMediaAction } from './actions';
import { MediaDeletion } from './media-deletion';

const m = t.admin.media;

export const metadata: Metadata = { title: m.title };

const results = m.results;
const countParam = (value: unknown) => (typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : 0);

/** The media library (editors, admins): upload several pictures, find them by name, alt text or day, describe them. */
export default async function MediaPage(props: PageProps<'/admin/medias'>) {
  await requireStaff('articles', '/admin/medias');
  const params = await props.searchParams;
  const result =
    typeof params.televersement === 'string' && params.televersement in results
      ? (params.televersement as keyof typeof results)
      : null;
  const added = countParam(params.ajoutees);
  const search = typeof params.q === 'string' ? params.q.slice(0, 200) : '';
  const day = typeof params.jour === 'string' ? params.jour.slice(0, 10) : '';
  const range = day ? dayRange(day, config.timeZone) : null;
  const requested = typeof params.page === 'string' && /^\d{1,6}$/.test(params.page) ? Number(params.page) : 1;
  const { rows, pageCount } = listMedia({
    search,
    since: range?.since ?? null,
    until: range?.until ?? null,
    page: Math.max(1, requested),
  });
  const page = Math.min(Math.max(1, requested), pageCount);
  const pageLink = (n: number) =>
    `/admin/medias?${new URLSearchParams({ ...(search ? { q: search } : {}), ...(range ? { jour: day } : {}), page: String(n) })}`;
  const failed = result !== null && !['ok', 'saved', 'deleted'].includes(result);
  const toDelete =
    typeof params.supprimer === 'string' && /^\d{1,9}$/.test(params.supprimer)
      ? getMedia(Number(params.supprimer))
      : null;
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {added > 0 && (
        <p className="flash" role="status">
          {m.added(added, countParam(params.refusees))}
        </p>
      )}
      {result && (
        <p className={failed ? 'form-error' : 'flash'} role={failed ? 'alert' : 'status'}>
          {results[result]}
        </p>
      )}
      {toDelete && <MediaDeletion item={toDelete} refused={params.refusee !== undefined} />}
      <MediaUploadForm returnTo={null} />
      <form method="get" role="search" className="taxonomy-row">
        <div className="field">
          <label htmlFor="media-recherche">{m.search}</label>
          <input id="media-recherche" name="q" type="search" defaultValue={search} />
        </div>
        <div className="field">
          <label htmlFor="media-jour">{m.day}</label>
          <input id="media-jour" name="jour" type="date" defaultValue={range ? day : ''} />
        </div>
        <button type="submit">{m.filter}</button>
      </form>
      {rows.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <ul className="media-grid">
          {rows.map((item) => (
            <li key={item.id} id={`image-${item.id}`} className="media-item">
              <OptimizedImage src={item.src} alt={item.alt} width={item.width} height={item.height} sizes="10rem" />
              <form action={updateMediaAction} aria-label={m.itemLabel(item.name)} className="admin-form">
                <p className="meta">
                  <strong>{item.name}</strong> · {m.size(item.width, item.height)} ·{' '}
                  {m.uploaded(formatDateTime(item.createdAt))}
                  {!item.alt && <em> · {m.noAlt}</em>}
                </p>
                <input type="hidden" name="id" value={item.id} />
                <div className="field">
                  <label htmlFor={`media-alt-${item.id}`}>{m.alt}</label>
                  <input
                    id={`media-alt-${item.id}`}
                    name="alt"
                    type="text"
                    maxLength={300}
                    defaultValue={item.alt}
                    aria-describedby={`media-alt-aide-${item.id}`}
                  />
                  <span className="hint" id={`media-alt-aide-${item.id}`}>
                    {m.altHint}
                  </span>
                </div>
                <div className="field">
                  <label htmlFor={`media-legende-${item.id}`}>{m.caption}</label>
                  <input
                    id={`media-legende-${item.id}`}
                    name="caption"
                    type="text"
                    maxLength={300}
                    defaultValue={item.caption ?? ''}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`media-credit-${item.id}`}>{m.credit}</label>
                  <input
                    id={`media-credit-${item.id}`}
                    name="credit"
                    type="text"
                    maxLength={300}
                    defaultValue={item.credit ?? ''}
                  />
                </div>
                <p className="hint">
                  {m.snippet} <code>{`![](${item.src})`}</code>
                </p>
                <button type="submit">{m.save}</button>{' '}
                <Link href={`/admin/medias?supprimer=${item.id}#suppression`} prefetch={false}>
                  {m.deletion.link(item.name)}
                </Link>
              </form>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav aria-label={m.pageOf(page, pageCount)}>
          {page > 1 && <a href={pageLink(page - 1)}>{m.previous}</a>} {m.pageOf(page, pageCount)}{' '}
          {page < pageCount && <a href={pageLink(page + 1)}>{m.next}</a>}
        </nav>
      )}
    </>
  );
}
