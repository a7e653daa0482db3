import Link from 'next/link';
import { t } from '@/lib/i18n';

export function SiteFooter({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <footer className="site-footer">
      <p>{t.site.footerAbout}</p>
      <nav aria-label={t.site.footerNav}>
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/rubrique/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t.site.rights(new Date().getFullYear())}</p>
    </footer>
  );
}
