import type { db as Connection } from './index';
import { articles, comments, sections, users } from './schema';

/**
 * Rows for db/ unit tests, written here once so that a column rename breaks one file. Each article gets a section
 * and an author of its own, with slugs numbered so that tests may create several.
 */
export function testRows(db: typeof Connection) {
  let serial = 0;
  return {
    article(
      values: Partial<typeof articles.$inferInsert> = {},
      author: Partial<typeof users.$inferInsert> = {},
    ): { articleId: number; authorId: number; sectionId: number } {
      serial += 1;
      const sectionId = db
        .insert(sections)
        .values({ slug: `rubrique-${serial}`, name: `Rubrique ${serial}` })
        .returning({ id: sections.id })
        .get().id;
      const authorId = db
        .insert(users)
        .values({
          slug: `auteur-${serial}`,
          name: 'Rédaction',
          email: `auteur-${serial}@example.com`,
          role: 'editor',
          ...author,
        })
        .returning({ id: users.id })
        .get().id;
      const articleId = db
        .insert(articles)
        .values({
          slug: `article-${serial}`,
          title: 'A',
          bodyMarkdown: '',
          bodyHtml: '',
          sectionId,
          authorId,
          ...values,
        })
        .returning({ id: articles.id })
        .get().id;
      return { articleId, authorId, sectionId };
    },

    /** An approved comment by Awa, with the sealed-looking e-mail and IP a real one has. */
    comment(articleId: number, values: Partial<typeof comments.$inferInsert> = {}): number {
      return db
        .insert(comments)
        .values({
          articleId,
          authorName: 'Awa',
          authorEmail: 'sealed',
          authorEmailHash: 'h-awa',
          body: 'Un avis.',
          status: 'approved',
          ip: '198.51.100.7',
          ...values,
        })
        .returning({ id: comments.id })
        .get().id;
    },
  };
}
