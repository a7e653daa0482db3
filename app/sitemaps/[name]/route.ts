import { sitemapFiles, xmlResponse } from '@/app/sitemap-files';
import { parseSitemapFileName, urlsetXml } from '@/lib/sitemap-xml';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, context: RouteContext<'/sitemaps/[name]'>) {
  const wanted = parseSitemapFileName((await context.params).name);
  const file = wanted && sitemapFiles(wanted.kind)[wanted.page - 1];
  if (!file) return new Response('Sitemap introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return xmlResponse(urlsetXml(file.entries.map((entry) => ({ loc: siteUrl(entry.path), lastModified: entry.lastModified }))));
}
