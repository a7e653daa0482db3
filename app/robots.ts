import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    // The staff dashboard, the sign-in API and the per-reader article copy (cookies, reply forms) are no pages to index.
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/article/*/perso'] },
    sitemap: [siteUrl('/sitemap.xml'), siteUrl('/sitemap-news.xml')],
  };
}
