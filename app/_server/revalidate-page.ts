import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { SITEMAPS_TAG } from '@/app/_server/sitemap-files';
import type { PageRoutes } from '@/db/pages';
import { pagePath } from '@/lib/page-form';
import { purgeEdge } from './edge-purge';

/**
 * After a page of the site changed: its address and the sitemaps are regenerated on their next visit (and
 * dropped at the edge). A page listed in the footer, before or after the change, is in every page's
 * footer: then the whole site is, as when a section changes.
 */
export function revalidatePage(...versions: (PageRoutes | null)[]): void {
  const changed = versions.filter((version): version is PageRoutes => version !== null);
  for (const page of changed) revalidatePath(pagePath(page.slug));
  revalidatePath('/sitemap.xml');
  revalidateTag(SITEMAPS_TAG, { expire: 0 });
  if (changed.some((page) => page.inFooter)) {
    revalidatePath('/', 'layout');
    purgeEdge({ everything: true });
  } else
    purgeEdge({
      paths: [...changed.map((page) => pagePath(encodeURIComponent(page.slug))), '/sitemap.xml', '/sitemaps'],
    });
}
