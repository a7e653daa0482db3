import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { SearchBox } from './search-box';
import { SectionLinks } from './section-links';

export function SiteHeader({ sections, query }: { sections: { slug: string; name: string }[]; query?: string }) {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a href="/" className="site-name">
          {config.siteName}
        </a>
        <span className="site-tagline">{t.site.tagline}</span>
        <SearchBox query={query} />
      </div>
      <nav aria-label={t.site.mainNav} className="site-nav">
        <ul>
          <li>
            <a href="/">{t.site.home}</a>
          </li>
          <SectionLinks sections={sections} />
        </ul>
      </nav>
    </header>
  );
}
