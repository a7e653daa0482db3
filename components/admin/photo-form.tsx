import { OptimizedImage } from '@/components/optimized-image';
import { t } from '@/lib/i18n';
import { FormMessage } from '../field';

const p = t.admin.team.profile;

export type PhotoResult = keyof typeof p.photoResult;

type Props = { action: string; avatar: string | null; result: PhotoResult | null };

/** A profile photo: a plain multipart post to its route, which checks and re-encodes it and comes back here. */
export function PhotoForm({ action, avatar, result }: Props) {
  return (
    <form id="photo" method="post" action={action} encType="multipart/form-data" className="admin-form">
      <FormMessage
        message={result ? { text: p.photoResult[result], tone: result === 'ok' ? 'status' : 'alert' } : null}
      />
      {avatar ? (
        <OptimizedImage src={avatar} alt={p.photoCurrent} width={96} height={96} className="avatar" />
      ) : (
        <p>{p.photoNone}</p>
      )}
      <div className="field">
        <label htmlFor="photo-fichier">{p.photo}</label>
        <input
          id="photo-fichier"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-describedby="photo-aide"
        />
        <p id="photo-aide" className="hint">
          {p.photoHint}
        </p>
      </div>
      <button type="submit">{p.photoSubmit}</button>
    </form>
  );
}

/** The result a photo route sent back in the address, if it is one of ours. */
export const photoResultOf = (raw: string | string[] | undefined): PhotoResult | null =>
  typeof raw === 'string' && raw in p.photoResult ? (raw as PhotoResult) : null;
