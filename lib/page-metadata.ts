import type { Metadata } from 'next';
import type { PublicArticleFacts } from './article-facts';
import { config } from './config';
import { feedAlternates, type FeedScope } from './feed-paths';
import { t } from './i18n';
import { siteUrl } from './site-url';

type Feed = { scope: FeedScope; title: string };

// Next merges metadata key by key: a page that sets `alternates` or `openGraph` replaces the layout's
// whole object, so every builder here starts again from the site's feeds and OpenGraph basics.
const siteFeed = (): Feed => ({ scope: { kind: 'site' }, title: config.siteName });
const openGraphBasics = { siteName: config.siteName, locale: 'fr_FR' };

/** What every public page has unless it says more: the site's feeds, OpenGraph basics, a Twitter card. */
export function siteMetadata(): Metadata {
  return {
    alternates: { types: feedAlternates([siteFeed()]) },
    openGraph: { ...openGraphBasics, type: 'website' },
    twitter: { card: 'summary' },
  };
}

/** A page that is not an article: canonical address, its own feeds beside the site's, OpenGraph "website". */
export function pageMetadata(page: {
  path: string;
  canonical?: string;
  title: string;
  description: string;
  feeds?: Feed[];
}): Metadata {
  return {
    description: page.description,
    alternates: { canonical: page.canonical ?? page.path, types: feedAlternates([siteFeed(), ...(page.feeds ?? [])]) },
    openGraph: {
      ...openGraphBasics,
      type: 'website',
      url: page.canonical ?? page.path,
      title: page.title,
      description: page.description,
    },
    twitter: { card: 'summary', title: page.title, description: page.description },
  };
}

/** An article: OpenGraph "article" with its dates, section, tags and hero; its comments feed. */
export function articlePageMetadata(article: PublicArticleFacts, commentPage: number): Metadata {
  const path = `/article/${article.slug}`;
  const description = article.dek || article.title;
  const image = article.hero && {
    url: article.hero.src,
    width: article.hero.width,
    height: article.hero.height,
    alt: article.hero.alt,
  };
  return {
    title: article.title,
    description,
    alternates: {
      canonical: commentPage > 1 ? `${path}?cpage=${commentPage}` : path,
      types: feedAlternates([
        siteFeed(),
        { scope: { kind: 'comments', slug: article.slug }, title: t.feeds.comments(article.title) },
      ]),
    },
    openGraph: {
      ...openGraphBasics,
      type: 'article',
      url: path,
      title: article.title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      // Unlike url and images, authors are not resolved against metadataBase.
      authors: [siteUrl(`/auteur/${article.author.slug}`)],
      ...(image ? { images: [image] } : {}),
    },
    twitter: image
      ? { card: 'summary_large_image', title: article.title, description, images: [image] }
      : { card: 'summary', title: article.title, description },
  };
}
