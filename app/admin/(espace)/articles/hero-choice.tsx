import type { ArticleValues } from '@/components/admin/article-form';
import { MediaUploadForm } from '@/components/admin/media-upload-form';
import type { PickablePicture } from '@/components/admin/picture-inserter';
import { getMedia, listMedia } from '@/db/media';
import { t } from '@/lib/i18n';

const a = t.admin.articles;
const failures = a.image.results;

const pick = ({ id, src, name, alt }: PickablePicture): PickablePicture => ({ id, src, name, alt });

/** The media library's latest pictures, to place in a text (articles and pages). */
export function latestPictures(): PickablePicture[] {
  return listMedia({ search: '', since: null, until: null, page: 1 }).rows.map(pick);
}

/**
 * What the article pages share about pictures: the library's latest ones to choose from, and the answer of
 * an upload sent from the page (?image=<id>, the new picture, chosen with its words; or why it was refused).
 */
export function heroChoice(query: Record<string, string | string[] | undefined>, values: ArticleValues) {
  const raw = typeof query.image === 'string' ? query.image : '';
  const uploaded = /^\d{1,9}$/.test(raw) ? getMedia(Number(raw)) : null;
  const failure = raw in failures ? (raw as keyof typeof failures) : null;
  const latest = latestPictures();
  const pictures = [
    ...(uploaded && !latest.some((item) => item.id === uploaded.id) ? [pick(uploaded)] : []),
    ...latest,
  ];
  return {
    pictures,
    uploaded: uploaded !== null,
    initial: uploaded
      ? {
          ...values,
          heroMediaId: String(uploaded.id),
          heroAlt: uploaded.alt,
          heroCaption: uploaded.caption ?? '',
          heroCredit: uploaded.credit ?? '',
        }
      : values,
    failure,
  };
}

/** Below the form: a new picture sent to the library from here comes back chosen as the article's image. */
export function HeroUpload({ returnTo, failure }: { returnTo: string; failure: keyof typeof failures | null }) {
  return (
    <section id="image" aria-labelledby="image-titre" className="admin-form">
      <h2 id="image-titre">{a.image.uploadTitle}</h2>
      {failure && (
        <p className="form-error" role="alert">
          {failures[failure]}
        </p>
      )}
      <MediaUploadForm returnTo={returnTo} />
      <p>
        <a href="/admin/medias">{a.image.library}</a>
      </p>
    </section>
  );
}
