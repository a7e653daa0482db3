import { sitemapFiles, xmlResponse } from '@/app/_server/sitemap-files';
import { sitemapFilePath, sitemapIndexXml, sitemapKinds } from '@/lib/sitemap-xml';
import { siteUrl } from '@/lib/site-url';

// Cached like the listings: rebuilt when an article is published or edited (app/_server/revalidate-article.ts),
// and every 5 minutes so that scheduled articles enter it by themselves.
export const dynamic = 'force-static';
export const revalidate = 300;

/** Always an index: its children are split by kind of page, then by 2,000 addresses. */
export function GET() {
  const files = sitemapKinds.flatMap((kind) =>
    sitemapFiles(kind).map((file, i) => ({
      loc: siteUrl(sitemapFilePath(kind, i + 1)),
      lastModified: file.lastModified,
    })),
  );
  return xmlResponse(sitemapIndexXml(files));
}
