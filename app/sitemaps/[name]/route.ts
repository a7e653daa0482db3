import { cachedSitemapFiles, xmlResponse } from '@/app/_server/sitemap-files';
import { parseSitemapFileName } from '@/lib/sitemap-xml';

export async function GET(_request: Request, context: RouteContext<'/sitemaps/[name]'>) {
  const wanted = parseSitemapFileName((await context.params).name);
  const xml = wanted && (await cachedSitemapFiles(wanted.kind))[wanted.page - 1];
  return xml
    ? xmlResponse(xml)
    : new Response('Sitemap introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
