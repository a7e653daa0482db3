import type { ArticleCard as Card } from '@/db/articles';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n';
import { HeroImage, OptimizedImage } from './optimized-image';

// A thumbnail's box in CSS pixels (app/globals.css, .card__thumb): its srcset offers this width and twice it,
// two small files, and a few hundred bytes of HTML per card.
const THUMB = { width: 128, height: 85 };

/**
 * A story in a list: section, title, dek, what the list adds (a search snippet), date and comment count; the
 * lead story also shows its image, and with `thumbnail` a story that has a picture shows it small (lazily:
 * these cards sit below the lead).
 */
export function ArticleCard({
  article,
  lead = false,
  thumbnail = false,
  headingLevel = 3,
  children,
}: {
  article: Card;
  lead?: boolean;
  thumbnail?: boolean;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      {lead && article.hero && (
        <HeroImage hero={article.hero} sizes="(max-width: 60rem) 100vw, 60rem" className="card__image" />
      )}
      {!lead && thumbnail && article.hero && (
        // The picture repeats the title beside it, which names the link: empty alt text, as for decoration.
        // Low priority: near the first screen the browser fetches lazy images early, and the lead's picture comes first.
        <OptimizedImage src={article.hero.src} alt="" {...THUMB} fetchPriority="low" className="card__thumb" />
      )}
      <p className="kicker">
        <a href={`/rubrique/${article.section.slug}`}>{article.section.name}</a>
      </p>
      <Heading className="card__title">
        <a href={`/article/${article.slug}`}>{article.title}</a>
      </Heading>
      {article.dek && <p className="card__dek">{article.dek}</p>}
      {children}
      <p className="meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        <span aria-hidden="true"> · </span>
        <a href={`/article/${article.slug}#commentaires`}>{t.counts.comments(article.commentCount)}</a>
      </p>
    </article>
  );
}
