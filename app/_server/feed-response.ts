import 'server-only';
import { unstable_cache } from 'next/cache';
import { getPublicArticle, getRedirectedSlug, type ArticleView, type Listing } from '@/db/articles';
import { listFeedArticles, listFeedComments } from '@/db/feeds';
import { getSettings } from '@/db/settings';
import { getAuthorBySlug, getSectionBySlug, getTagBySlug } from '@/db/taxonomy';
import { isNotModified, strongEtag } from '@/lib/conditional-request';
import { config } from '@/lib/config';
import {
  articleFeedEntry,
  commentFeedEntry,
  feedUpdated,
  renderFeed,
  type FeedChannel,
  type FeedEntry,
} from '@/lib/feed';
import { feedContentTypes, feedPath, type FeedFormat, type FeedScope, type ListingFeedScope } from '@/lib/feed-paths';
import { t } from '@/lib/i18n';
import { siteUrl } from '@/lib/site-url';

/** Cache tags: app/_server/revalidate-article.ts expires them when an article or its visible comments change. */
export const ARTICLE_FEEDS_TAG = 'feeds:articles';
export const commentsFeedTag = (articleId: number) => `feeds:comments:${articleId}`;

const FEED_LENGTH = 20;
const COMMENTS_FEED_LENGTH = 50;

type BuiltFeed = { xml: string; etag: string; lastModified: number };

function build(channel: FeedChannel, entries: FeedEntry[], fallbackUpdated: Date, format: FeedFormat): BuiltFeed {
  const updated = feedUpdated(entries) ?? fallbackUpdated;
  const xml = renderFeed(channel, entries, format, updated);
  return { xml, etag: strongEtag(xml), lastModified: updated.getTime() };
}

type ListingFeedSource = { listing: Listing | null; title: string; description: string; pagePath: string };

/** A listing's title and page, or null when the section, tag or author does not exist. */
function findListing(scope: ListingFeedScope): ListingFeedSource | null {
  const site = config.siteName;
  switch (scope.kind) {
    case 'site':
      return { listing: null, title: t.feeds.site(site), description: t.feeds.siteDescription(site), pagePath: '/' };
    case 'section': {
      const section = getSectionBySlug(scope.slug);
      return (
        section && {
          listing: { kind: 'section', id: section.id },
          title: t.feeds.section(section.name, site),
          description: section.description || t.feeds.section(section.name, site),
          pagePath: `/rubrique/${section.slug}`,
        }
      );
    }
    case 'tag': {
      const tag = getTagBySlug(scope.slug);
      return (
        tag && {
          listing: { kind: 'tag', id: tag.id },
          title: t.feeds.tag(tag.name, site),
          description: t.feeds.tag(tag.name, site),
          pagePath: `/mot-cle/${tag.slug}`,
        }
      );
    }
    case 'author': {
      const author = getAuthorBySlug(scope.slug);
      return (
        author && {
          listing: { kind: 'author', id: author.id },
          title: t.feeds.author(author.name, site),
          description: author.bio || t.feeds.author(author.name, site),
          pagePath: `/auteur/${author.slug}`,
        }
      );
    }
  }
}

// Built once, then served from Next's data cache until a write expires the tag, or for at most 60 s
// (the listings' own timer) so that scheduled articles enter the feeds by themselves. The source is
// looked up first, so unknown slugs never fill the cache.
const cachedListingFeed = unstable_cache(
  async (scope: ListingFeedScope, source: ListingFeedSource, format: FeedFormat): Promise<BuiltFeed> => {
    const channel = {
      title: source.title,
      description: source.description,
      pageUrl: siteUrl(source.pagePath),
      selfUrl: siteUrl(feedPath(scope, format)),
    };
    return build(channel, listFeedArticles(source.listing, FEED_LENGTH).map(articleFeedEntry), new Date(0), format);
  },
  ['listing-feed'],
  { tags: [ARTICLE_FEEDS_TAG], revalidate: 60 },
);

function cachedCommentsFeed(article: ArticleView, format: FeedFormat): Promise<BuiltFeed> {
  return unstable_cache(
    async () => {
      const scope: FeedScope = { kind: 'comments', slug: article.slug };
      const channel = {
        title: t.feeds.comments(article.title),
        description: t.feeds.comments(article.title),
        pageUrl: siteUrl(`/article/${article.slug}`),
        selfUrl: siteUrl(feedPath(scope, format)),
      };
      const { threadsPerPage, threadOrder } = getSettings();
      const entries = listFeedComments(article.id, COMMENTS_FEED_LENGTH, threadsPerPage, threadOrder).map((comment) =>
        commentFeedEntry(comment, article, t.feeds.comment(comment.authorName)),
      );
      return build(channel, entries, article.publishedAt, format);
    },
    ['comments-feed', String(article.id), article.slug, format],
    // Comments close on a timer, but a feed only changes when one is approved or taken down, which revalidates.
    { tags: [commentsFeedTag(article.id)], revalidate: 3600 },
  )();
}

/** The feed, or 304 to a reader who already has this version (ETag or date); headers a feed reader can rely on. */
function respond(request: Request, feed: BuiltFeed, format: FeedFormat): Response {
  const headers = {
    ETag: feed.etag,
    'Last-Modified': new Date(feed.lastModified).toUTCString(),
    'Cache-Control': 'public, max-age=300',
  };
  if (isNotModified(request.headers, { etag: feed.etag, lastModified: new Date(feed.lastModified) }))
    return new Response(null, { status: 304, headers });
  return new Response(feed.xml, {
    headers: { ...headers, 'Content-Type': `${feedContentTypes[format]}; charset=utf-8` },
  });
}

const notFound = () =>
  new Response('Flux introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function listingFeedResponse(
  request: Request,
  scope: ListingFeedScope,
  format: FeedFormat,
): Promise<Response> {
  const source = findListing(scope);
  return source ? respond(request, await cachedListingFeed(scope, source, format), format) : notFound();
}

/** An article's comments feed; a renamed article's old address answers 308 to the new one, like the page. */
export async function commentsFeedResponse(
  request: Request,
  articleSlug: string,
  format: FeedFormat,
): Promise<Response> {
  const article = getPublicArticle(articleSlug);
  if (article) return respond(request, await cachedCommentsFeed(article, format), format);
  const renamed = getRedirectedSlug(articleSlug);
  return renamed ? Response.redirect(siteUrl(feedPath({ kind: 'comments', slug: renamed }, format)), 308) : notFound();
}
