import type { Correction } from '@/db/corrections';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n';

/** The dated correction notes at the end of an article. */
export function ArticleCorrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section className="article__corrections" aria-labelledby="corrections-titre">
      <h2 id="corrections-titre">{t.corrections.title}</h2>
      {corrections.map((correction) => (
        <p key={correction.id}>
          <strong>
            <time dateTime={correction.createdAt.toISOString()}>
              {t.corrections.note(formatDate(correction.createdAt))}
            </time>
          </strong>{' '}
          {correction.note}
        </p>
      ))}
    </section>
  );
}
