import type { ArticlePage } from '@/db/articles';
import { t } from '@/lib/i18n';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

/** One page of a section, tag or author listing. */
export function ArticleList({
  result,
  basePath,
  headingLevel = 2,
}: {
  result: ArticlePage;
  basePath: string;
  headingLevel?: 2 | 3;
}) {
  if (result.items.length === 0) return <p>{t.listing.empty}</p>;
  return (
    <>
      <div className="card-grid">
        {result.items.map((article) => (
          <ArticleCard key={article.id} article={article} headingLevel={headingLevel} />
        ))}
      </div>
      <Pagination basePath={basePath} page={result.page} pageCount={result.pageCount} />
    </>
  );
}
