import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { ARTICLE_FEEDS_TAG, commentsFeedTag } from '@/app/_server/feed-response';
import { SITEMAPS_TAG } from '@/app/_server/sitemap-files';
import { getCommentTarget, type ArticleRoutes } from '@/db/articles';
import { purgeEdge } from './edge-purge';

/**
 * After a change an article's readers must see (a comment approved, an edit), every cached page showing
 * it is regenerated on its next visit: the article and its comment pages, the lists with its card, the
 * feeds and the sitemaps. Cached data is expired at once ({ expire: 0 }), not served stale while rebuilt.
 * Paths are route files, not URLs, because `?page=` and `?cpage=` are rewrites (next.config.ts). The edge
 * nodes, if any, drop the same pages by address.
 */
export function revalidateArticle(article: ArticleRoutes): void {
  revalidatePath(`/article/${article.slug}`);
  revalidatePath('/article/[slug]/commentaires/[page]', 'page');
  revalidatePath('/');
  revalidatePath(`/rubrique/${article.sectionSlug}`);
  revalidatePath(`/auteur/${article.authorSlug}`);
  for (const tag of article.tagSlugs) revalidatePath(`/mot-cle/${tag}`);
  revalidateTag(ARTICLE_FEEDS_TAG, { expire: 0 });
  revalidateTag(commentsFeedTag(article.id), { expire: 0 });
  revalidatePath('/sitemap.xml');
  revalidateTag(SITEMAPS_TAG, { expire: 0 });
  revalidatePath('/sitemap-news.xml');
  purgeEdge({ paths: publicAddresses(article) });
}

/** The addresses an edge node caches that show the article: each drops its `?page=`/`?cpage=` copies and feeds too. */
function publicAddresses(article: ArticleRoutes): string[] {
  const at = (base: string, slug: string) => `/${base}/${encodeURIComponent(slug)}`;
  return [
    at('article', article.slug),
    '/',
    at('rubrique', article.sectionSlug),
    at('auteur', article.authorSlug),
    ...article.tagSlugs.map((tag) => at('mot-cle', tag)),
    '/flux.xml',
    '/flux',
    '/sitemap.xml',
    '/sitemaps',
    '/sitemap-news.xml',
  ];
}

/** After staff moderate comments: each public article whose visible comments changed, once. */
export function revalidateArticlesById(articleIds: Iterable<number>): void {
  for (const id of new Set(articleIds)) {
    const article = getCommentTarget(id);
    if (article) revalidateArticle(article);
  }
}
