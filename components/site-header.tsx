import Link from 'next/link';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { SectionLinks } from './section-links';

export function SiteHeader({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href="/" className="site-name">
          {config.siteName}
        </Link>
        <span className="site-tagline">{t.site.tagline}</span>
      </div>
      <nav aria-label={t.site.mainNav} className="site-nav">
        <ul>
          <li>
            <Link href="/">{t.site.home}</Link>
          </li>
          <SectionLinks sections={sections} />
        </ul>
      </nav>
    </header>
  );
}
