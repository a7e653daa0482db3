import { t } from '@/lib/i18n';
import { VERSION_PATHS } from '@/lib/reading-version';
import { SectionLinks } from './section-links';

export function SiteFooter({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <footer className="site-footer">
      <p>{t.site.footerAbout}</p>
      <nav aria-label={t.site.footerNav}>
        <ul>
          <SectionLinks sections={sections} />
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
