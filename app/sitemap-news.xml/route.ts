import { xmlResponse } from '@/app/_server/sitemap-files';
import { listNewsArticles } from '@/db/sitemaps';
import { config } from '@/lib/config';
import { NEWS_SITEMAP_HOURS, NEWS_SITEMAP_SIZE, newsSitemapXml } from '@/lib/sitemap-xml';
import { siteUrl } from '@/lib/site-url';

// Rebuilt on publication (app/_server/revalidate-article.ts) and every 5 minutes, so articles leave it about
// when they turn 48 hours old and scheduled ones enter it without a visit from staff.
export const dynamic = 'force-static';
export const revalidate = 300;

export function GET() {
  const since = new Date(Date.now() - NEWS_SITEMAP_HOURS * 3_600_000);
  const items = listNewsArticles(since, NEWS_SITEMAP_SIZE).map((article) => ({
    loc: siteUrl(`/article/${article.slug}`),
    title: article.title,
    publishedAt: article.publishedAt,
  }));
  return xmlResponse(newsSitemapXml(items, { name: config.siteName, language: 'fr' }));
}
