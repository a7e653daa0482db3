import type { Metadata } from 'next';
import { ErrorMessagesProvider } from '@/components/error-messages';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { siteMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = siteMetadata();

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const sections = listSections();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.site.skipToContent}
      </a>
      <SiteHeader sections={sections} />
      <main id="contenu" className="page" tabIndex={-1}>
        <ErrorMessagesProvider messages={t.error}>{children}</ErrorMessagesProvider>
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
