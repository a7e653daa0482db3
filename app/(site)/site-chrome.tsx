import { ErrorMessagesProvider } from '@/components/error-messages';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { listFooterPages } from '@/db/pages';
import { listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';

/**
 * What surrounds every public page: the header (its search box showing `query` on the results page), the
 * main landmark and the footer. A layout cannot read the query string, so the search page draws it itself.
 */
export function SiteChrome({ children, query }: { children: React.ReactNode; query?: string }) {
  const sections = listSections();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.site.skipToContent}
      </a>
      <SiteHeader sections={sections} query={query} />
      <main id="contenu" className="page" tabIndex={-1}>
        <ErrorMessagesProvider messages={t.error}>{children}</ErrorMessagesProvider>
      </main>
      <SiteFooter sections={sections} pages={listFooterPages()} />
    </>
  );
}
