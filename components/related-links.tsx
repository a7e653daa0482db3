import type { ArticleCard } from '@/db/articles';
import { formatDate } from '@/lib/format';
import { t } from '@/lib/i18n';
import { TitledBlock } from './titled-block';

/** "À lire aussi" under an article: headlines with their section and date, a light list rather than full cards. */
export function RelatedLinks({ articles }: { articles: ArticleCard[] }) {
  return (
    <TitledBlock id="a-lire-aussi" title={t.article.related} className="related">
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
    </TitledBlock>
  );
}
