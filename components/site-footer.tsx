import { t } from '@/lib/i18n';
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
        </ul>
      </nav>
      <p>{t.site.rights(new Date().getFullYear())}</p>
    </footer>
  );
}
