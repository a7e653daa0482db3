import type { SearchResult } from '@/db/search';
import { t } from '@/lib/i18n';
import type { SearchValues } from '@/lib/search-form';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';
import { SearchSnippet } from './search-snippet';

/** One page of search results with its count, and links to the other pages that keep the words and filters. */
export function SearchResults({ result, values }: { result: SearchResult; values: SearchValues }) {
  if (result.total === 0) {
    return (
      <div className="search-status">
        <p>
          <strong>{t.search.noResults(values.q)}</strong>
        </p>
        <p>{t.search.noResultsHint}</p>
      </div>
    );
  }
  const keep = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  return (
    <section aria-labelledby="recherche-resultats">
      <h2 id="recherche-resultats" className="search-status">
        {t.search.count(result.total, values.q)}
      </h2>
      <ol className="search-results">
        {result.items.map((hit) => (
          <li key={hit.id}>
            <ArticleCard article={hit}>
              <SearchSnippet snippet={hit.snippet} />
            </ArticleCard>
          </li>
        ))}
      </ol>
      <Pagination
        basePath="/recherche"
        keep={keep}
        page={result.page}
        pageCount={result.pageCount}
        label={t.search.pages}
      />
    </section>
  );
}
