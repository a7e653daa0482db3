import 'server-only';
import { revalidatePath } from 'next/cache';
import { getCommentTarget, type ArticleRoutes } from '@/db/articles';

/**
 * After a change an article's readers must see (a comment approved, an edit), every cached page showing
 * it is regenerated on its next visit: the article and its comment pages, and the lists with its card.
 * Paths are route files, not URLs, because `?page=` and `?cpage=` are rewrites (next.config.ts).
 */
export function revalidateArticle(article: ArticleRoutes): void {
  revalidatePath(`/article/${article.slug}`);
  revalidatePath('/article/[slug]/commentaires/[page]', 'page');
  revalidatePath('/');
  revalidatePath(`/rubrique/${article.sectionSlug}`);
  revalidatePath(`/auteur/${article.authorSlug}`);
  for (const tag of article.tagSlugs) revalidatePath(`/mot-cle/${tag}`);
}

/** After staff moderate comments: each public article whose visible comments changed, once. */
export function revalidateArticlesById(articleIds: Iterable<number>): void {
  for (const id of new Set(articleIds)) {
    const article = getCommentTarget(id);
    if (article) revalidateArticle(article);
  }
}
