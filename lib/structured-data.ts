import type { PublicArticleFacts } from './article-facts';
import { config } from './config';
import { siteUrl } from './site-url';

/** A schema.org object as JSON-LD: plain data, serialised by serializeJsonLd. */
export type JsonLdObject = { '@context'?: string; '@type': string; [key: string]: unknown };

/** The publisher's logo, a file in public/ (512 × 512). */
export const LOGO = { path: '/logo.png', width: 512, height: 512 };

const organization = () => ({
  '@type': 'Organization',
  name: config.siteName,
  url: siteUrl('/'),
  logo: { '@type': 'ImageObject', url: siteUrl(LOGO.path), width: LOGO.width, height: LOGO.height },
});

export function newsArticleJsonLd(article: PublicArticleFacts): JsonLdObject {
  const url = siteUrl(`/article/${article.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek || article.title,
    ...(article.hero ? { image: [siteUrl(article.hero.src)] } : {}),
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    author: [{ '@type': 'Person', name: article.author.name, url: siteUrl(`/auteur/${article.author.slug}`) }],
    publisher: organization(),
    articleSection: article.section.name,
    ...(article.tags.length ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    inLanguage: 'fr',
    isAccessibleForFree: true,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  };
}

/** The trail from the home page to this page; the last crumb is the page itself. */
export function breadcrumbJsonLd(crumbs: { name: string; path: string }[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: siteUrl(crumb.path),
    })),
  };
}

/** The site, with the search box search engines may show under its name (/recherche?q=…). */
export function webSiteJsonLd(description: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: config.siteName,
    url: siteUrl('/'),
    description,
    inLanguage: 'fr',
    publisher: organization(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl('/recherche')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify leaves "<" as is, so a title
 * holding "</script>" would close the element and what follows would run as HTML: "<", ">" and "&" are
 * written as \u escapes (the same string once parsed), and U+2028/U+2029 too, for older JS parsers.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
