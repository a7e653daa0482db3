import Link from 'next/link';
import { currentStaff } from '@/app/_server/staff-guard';
import { t } from '@/lib/i18n';
import { can, type Permission } from '@/lib/roles';
import { signOutAction } from './actions';

const links: { href: string; label: string; permission: Permission }[] = [
  { href: '/admin', label: t.admin.nav.overview, permission: 'moderate' },
  { href: '/admin/commentaires', label: t.admin.nav.comments, permission: 'moderate' },
  { href: '/admin/articles', label: t.admin.nav.articles, permission: 'articles' },
  { href: '/admin/rubriques', label: t.admin.nav.taxonomy, permission: 'articles' },
  { href: '/admin/pages', label: t.admin.pages.nav, permission: 'articles' },
  { href: '/admin/medias', label: t.admin.nav.media, permission: 'articles' },
  { href: '/admin/redirections', label: t.admin.nav.redirects, permission: 'articles' },
  { href: '/admin/signatures', label: t.admin.team.nav.bylines, permission: 'articles' },
  { href: '/admin/reglages', label: t.admin.nav.settings, permission: 'settings' },
  { href: '/admin/journal', label: t.admin.nav.audit, permission: 'audit' },
  { href: '/admin/equipe', label: t.admin.team.nav.team, permission: 'team' },
  { href: '/admin/courriels', label: t.mail.admin.nav, permission: 'audit' },
];

/** The dashboard's chrome. It only shows the links a role may follow; each page still checks for itself. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.site.skipToContent}
      </a>
      {staff && (
        <header className="admin-header">
          <p className="admin-header__title">
            <Link href="/admin">{t.admin.title}</Link>
          </p>
          <nav aria-label={t.admin.nav.label}>
            <ul>
              {links
                .filter((link) => can(staff.role, link.permission))
                .map((link) => (
                  <li key={link.href}>
                    <Link href={link.href}>{link.label}</Link>
                  </li>
                ))}
              <li>
                <Link href="/">{t.admin.nav.site}</Link>
              </li>
            </ul>
          </nav>
          <form action={signOutAction} className="admin-header__user">
            <Link href="/admin/compte">{t.admin.nav.signedInAs(staff.name, t.admin.roles[staff.role])}</Link>
            <button type="submit" className="button-secondary">
              {t.admin.nav.signOut}
            </button>
          </form>
        </header>
      )}
      <main id="contenu" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
