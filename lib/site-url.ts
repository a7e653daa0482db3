import { config } from './config';

/** The public address of a path of the site (SITE_URL), for feeds, sitemaps and structured data. */
export function siteUrl(path = '/'): string {
  return `${config.siteUrl}${path === '/' ? '/' : path}`;
}
