import type { Metadata } from 'next';
import SiteLayout from './(site)/layout';
import NotFound from './(site)/not-found';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t.notFound.title };

/** Unknown URLs outside any route get the same French page, inside the site's layout. */
export default function GlobalNotFound() {
  return (
    <SiteLayout>
      <NotFound />
    </SiteLayout>
  );
}
