import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { t } from '@/lib/i18n';
import { SiteChrome } from './(site)/site-chrome';

export const metadata: Metadata = { title: t.notFound.title };

/** Every 404 of the site, unknown URLs and missing articles alike, inside the site's own layout. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
