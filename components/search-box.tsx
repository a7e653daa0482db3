import { t } from '@/lib/i18n';
import { MAX_QUERY_CHARS } from '@/lib/search-query';

/** The site-wide search box: a plain GET form to /recherche, so it works with JavaScript off; on the results page it shows the words searched. */
export function SearchBox({ query = '' }: { query?: string }) {
  return (
    <form role="search" aria-label={t.search.boxLabel} action="/recherche" method="get" className="search-box">
      <label htmlFor="recherche-site" className="visually-hidden">
        {t.search.boxLabel}
      </label>
      <input id="recherche-site" type="search" name="q" maxLength={MAX_QUERY_CHARS} required defaultValue={query} />
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}
