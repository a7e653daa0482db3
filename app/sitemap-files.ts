import 'server-only';
import { listSitemapEntries } from '@/db/sitemaps';
import { paginate, SITEMAP_FILE_SIZE, type SitemapKind } from '@/lib/sitemap-xml';

/** The files of one kind of address, each with its URLs and newest change. */
export function sitemapFiles(kind: SitemapKind) {
  return paginate(listSitemapEntries(kind), SITEMAP_FILE_SIZE);
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
