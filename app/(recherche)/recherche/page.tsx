import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { SiteChrome } from '@/app/(site)/site-chrome';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { searchPool } from '@/db/search-pool';
import { listSections } from '@/db/taxonomy';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { markUnavailable } from '@/lib/request-outcome';
import { readSearchRequest } from '@/lib/search-form';

// Rendered per request (it reads the query string); the search itself is one indexed FTS5 query.
export async function generateMetadata(props: PageProps<'/recherche'>): Promise<Metadata> {
  const { values } = readSearchRequest(await props.searchParams, config.timeZone);
  return {
    title: values.q.trim() ? t.search.titleFor(values.q.trim()) : t.search.title,
    // Result pages are endless and thin: kept out of search engines, their links still followed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage(props: PageProps<'/recherche'>) {
  const request = readSearchRequest(await props.searchParams, config.timeZone);
  const sections = listSections();
  const section = sections.find((candidate) => candidate.slug === request.values.rubrique) ?? null;
  const { match, errors } = request;
  // Searched in the pool's threads, so a burst of searches cannot hold up the pages served beside them.
  // undefined: nothing to search yet (no words, or dates to correct); null: past the last page.
  const answer =
    match !== null && Object.keys(errors).length === 0
      ? await searchPool().search(
          match,
          { sectionId: section?.id ?? null, from: request.from, before: request.before },
          request.page,
        )
      : undefined;
  const result = answer?.kind === 'done' ? answer.result : undefined;
  if (answer?.kind === 'busy') markUnavailable();
  if (result === null) pageNotFound();
  return (
    <SiteChrome query={request.values.q}>
      <header className="listing-header">
        <h1>{t.search.title}</h1>
      </header>
      <SearchForm request={request} sections={sections} />
      {match === null && <p className="search-status">{t.search.prompt}</p>}
      {answer?.kind === 'busy' && (
        <p className="search-status" role="alert">
          {t.search.busy}
        </p>
      )}
      {result && <SearchResults result={result} values={request.values} />}
    </SiteChrome>
  );
}
