import type { FooterPage } from '@/db/pages';
import { t } from '@/lib/i18n';
import { pagePath } from '@/lib/page-form';
import { VERSION_PATHS } from '@/lib/reading-version';
import { SectionLinks } from './section-links';

export function SiteFooter({
  sections,
  pages,
}: {
  sections: { slug: string; name: string }[];
  /** The site's pages staff chose to list here, in their order. */
  pages: FooterPage[];
}) {
  return (
    <footer className="site-footer">
      <p>{t.site.footerAbout}</p>
      <nav aria-label={t.site.footerNav}>
        <ul>
          <SectionLinks sections={sections} />
          {pages.map((page) => (
            <li key={page.slug}>
              <a href={pagePath(page.slug)}>{page.title}</a>
            </li>
          ))}
          <li>
            <a href="/donnees-personnelles">{t.site.privacy}</a>
          </li>
          <li>
            <a href="/mes-donnees">{t.site.myData}</a>
          </li>
        </ul>
      </nav>
      <p>
        {/* The light page turns this into the way back to the full version (lib/light-page.ts). */}
        <a href={VERSION_PATHS.legere} rel="nofollow">
          {t.site.lightVersion}
        </a>
      </p>
      <p>{t.site.rights(new Date().getFullYear())}</p>
    </footer>
  );
}
