import { t } from '@/lib/i18n';

const m = t.admin.media;

/**
 * The library's upload form, a plain multipart post to /admin/medias/televerser (works without JavaScript).
 * From an article's page it sends one picture and comes back with it chosen as the article's image.
 */
export function MediaUploadForm({ returnTo }: { returnTo: string | null }) {
  return (
    <form
      method="post"
      action="/admin/medias/televerser"
      encType="multipart/form-data"
      className="admin-form"
      aria-label={m.upload.title}
    >
      {returnTo && <input type="hidden" name="retour" value={returnTo} />}
      <div className="field">
        <label htmlFor="media-fichiers">{returnTo ? t.admin.articles.image.file : m.upload.files}</label>
        <input
          id="media-fichiers"
          name="fichiers"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          multiple={!returnTo}
          required
        />
      </div>
      <div className="actions">
        <button type="submit">{returnTo ? t.admin.articles.image.upload : m.upload.submit}</button>
      </div>
    </form>
  );
}
