import type { ArticleCard } from '@/db/articles';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n';

/** "À lire aussi" under an article: headlines with their section and date, a light list rather than full cards. */
export function RelatedLinks({ articles }: { articles: ArticleCard[] }) {
  return (
    <section aria-labelledby="a-lire-aussi" className="related">
      <h2 id="a-lire-aussi" className="block-title">
        {t.article.related}
      </h2>
      <ul className="related__list">
        {articles.map((article) => (
          <li key={article.id}>
            <a href={`/article/${article.slug}`}>{article.title}</a>
            <p className="meta">
              {article.section.name} ·{' '}
              <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
