import { count, sql } from 'drizzle-orm';
import { emailHash, sealEmail } from '@/lib/commenter-identity';
import { markdownToText, readingMinutes, renderMarkdown } from '@/lib/markdown';
import type { Db } from './index';
import { articles, articleTags, comments, sections, tags, users } from './schema';
import * as content from './seed-content';

/** True when the database holds no article yet: the first start seeds the demo then. */
export function isEmpty(db: Db): boolean {
  return db.select({ n: count() }).from(articles).get()!.n === 0;
}

/** Inserts the demo newsroom: sections, bylines, tags, articles and a few comments, in one transaction. */
export function seedDemoContent(db: Db): { articles: number; comments: number } {
  return db.transaction((tx) => {
    const sectionIds = new Map<string, number>();
    content.sections.forEach((section, position) => {
      const { id } = tx
        .insert(sections)
        .values({ ...section, position })
        .returning({ id: sections.id })
        .get();
      sectionIds.set(section.slug, id);
    });
    const authorIds = new Map<string, number>();
    for (const author of content.authors) {
      // Bylines only: with no password hash these accounts cannot sign in.
      const { id } = tx
        .insert(users)
        .values({ ...author, role: 'editor', passwordHash: null })
        .returning({ id: users.id })
        .get();
      authorIds.set(author.slug, id);
    }
    const tagIds = new Map<string, number>();
    for (const tag of content.tags)
      tagIds.set(tag.slug, tx.insert(tags).values(tag).returning({ id: tags.id }).get().id);

    const articleIds = new Map<string, number>();
    for (const article of content.articles) {
      const { id } = tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          dek: article.dek,
          bodyMarkdown: article.bodyMarkdown,
          bodyHtml: renderMarkdown(article.bodyMarkdown),
          bodyText: markdownToText(article.bodyMarkdown),
          readingMinutes: readingMinutes(article.bodyMarkdown),
          status: article.status,
          publishedAt: article.publishedAt,
          updatedAt: article.updatedAt,
          createdAt: article.publishedAt,
          sectionId: sectionIds.get(article.section)!,
          authorId: authorIds.get(article.author)!,
          source: article.source,
          heroSrc: article.hero?.src,
          heroWidth: article.hero?.width,
          heroHeight: article.hero?.height,
          heroAlt: article.hero?.alt,
          heroCaption: article.hero?.caption,
          heroCredit: article.hero?.credit,
          featured: article.featured,
          commentMode: article.commentMode,
          keepCommentsOpen: article.keepCommentsOpen,
        })
        .returning({ id: articles.id })
        .get();
      articleIds.set(article.slug, id);
      for (const tag of article.tags)
        tx.insert(articleTags)
          .values({ articleId: id, tagId: tagIds.get(tag)! })
          .run();
    }

    const commentIds = new Map<string, { id: number; threadId: number; depth: number }>();
    for (const comment of content.comments) {
      const parent = comment.parent ? commentIds.get(comment.parent)! : null;
      const { id } = tx
        .insert(comments)
        .values({
          articleId: articleIds.get(comment.article)!,
          parentId: parent?.id ?? null,
          threadId: parent?.threadId ?? null,
          depth: parent ? parent.depth + 1 : 0,
          authorName: comment.authorName,
          authorEmail: sealEmail(comment.authorEmail),
          authorEmailHash: emailHash(comment.authorEmail),
          authorUrl: comment.authorUrl,
          body: comment.body,
          status: comment.status,
          heldReason: comment.status === 'pending' ? 'first-comment' : null,
          createdAt: comment.createdAt,
          staffUserId: comment.staffAuthor ? authorIds.get(comment.staffAuthor)! : null,
        })
        .returning({ id: comments.id })
        .get();
      commentIds.set(comment.key, { id, threadId: parent?.threadId ?? id, depth: parent ? parent.depth + 1 : 0 });
    }
    tx.update(articles)
      .set({
        commentCount: sql`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved')`,
      })
      .run();
    return { articles: content.articles.length, comments: content.comments.length };
  });
}
