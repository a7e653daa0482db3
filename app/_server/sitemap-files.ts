import 'server-only';
import { unstable_cache } from 'next/cache';
import { listSitemapEntries } from '@/db/sitemaps';
import { paginate, SITEMAP_FILE_SIZE, urlsetXml, type SitemapKind } from '@/lib/sitemap-xml';
import { siteUrl } from '@/lib/site-url';

/** Cache tag of the child files: app/_server/revalidate-article.ts expires it when an article is published or edited. */
export const SITEMAPS_TAG = 'sitemaps';

/** The files of one kind of address, each with its URLs and newest change. */
export function sitemapFiles(kind: SitemapKind) {
  return paginate(listSitemapEntries(kind), SITEMAP_FILE_SIZE);
}

/**
 * Every child file of one kind, rendered, in Next's data cache: one entry per kind, whatever name is
 * asked for (a route cached per name, ISR's way, stored a 404 on disk for each made-up file name).
 * Rebuilt every 5 minutes too, so scheduled articles enter by themselves.
 */
export const cachedSitemapFiles = unstable_cache(
  async (kind: SitemapKind): Promise<string[]> =>
    sitemapFiles(kind).map((file) =>
      urlsetXml(file.entries.map((entry) => ({ loc: siteUrl(entry.path), lastModified: entry.lastModified }))),
    ),
  ['sitemap-files'],
  { tags: [SITEMAPS_TAG], revalidate: 300 },
);

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
