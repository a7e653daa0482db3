import Link from 'next/link';
import { OptimizedImage } from '@/components/optimized-image';
import { listMediaUses, type MediaItem } from '@/db/media';
import { t } from '@/lib/i18n';
import { deleteMediaAction } from './actions';

const d = t.admin.media.deletion;

type Props = { item: MediaItem; refused: boolean };

/**
 * The confirmation a deletion asks for (`?supprimer=ID`), a plain link and form that work without
 * JavaScript. A picture something still shows is not offered for deletion: the page lists where it is.
 */
export function MediaDeletion({ item, refused }: Props) {
  const uses = listMediaUses(item.src);
  return (
    <section id="suppression" aria-labelledby="suppression-titre" className="admin-form">
      <h2 id="suppression-titre">{d.title(item.name)}</h2>
      <OptimizedImage src={item.src} alt={item.alt} width={item.width} height={item.height} sizes="10rem" />
      {uses.length > 0 ? (
        <>
          <p role={refused ? 'alert' : undefined} className={refused ? 'form-error' : undefined}>
            {refused ? d.refused : null} {d.used}
          </p>
          <ul aria-label={d.usedList}>
            {uses.map((use) =>
              use.kind === 'article' ? (
                <li key={`article-${use.id}`}>
                  <Link href={`/admin/articles/${use.id}`}>{use.title}</Link> {use.trashed && d.inTrash}
                </li>
              ) : (
                <li key={`profile-${use.id}`}>{d.profile(use.name)}</li>
              ),
            )}
          </ul>
          <p>
            <Link href="/admin/medias">{d.cancel}</Link>
          </p>
        </>
      ) : (
        <form action={deleteMediaAction}>
          <p id="suppression-aide">{d.confirm}</p>
          <input type="hidden" name="id" value={item.id} />
          <button type="submit" aria-describedby="suppression-aide">
            {d.submit}
          </button>{' '}
          <Link href="/admin/medias">{d.cancel}</Link>
        </form>
      )}
    </section>
  );
}
