import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { recordAuditIn } from './audit';
import { db, writeTransaction } from './index';
import { articles, articleTags, sections, tags } from './schema';

type Actor = { staffId: number; ip: string | null };

export type SectionRow = {
  id: number;
  slug: string;
  name: string;
  description: string;
  position: number;
  articles: number;
};
export type TagRow = { id: number; slug: string; name: string; articles: number };

export function listSectionsWithCounts(): SectionRow[] {
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      position: sections.position,
      articles: count(articles.id),
    })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.name))
    .all();
}

export function listTagsWithCounts(): TagRow[] {
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, articles: count(articleTags.articleId) })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(asc(tags.name))
    .all();
}

export type TaxonomyResult = { ok: true; slugs: string[] } | { ok: false; error: 'taken' | 'inUse' | 'missing' };

/**
 * Creates (id null) or updates a section or a tag, refusing a slug another one has; returns the slugs
 * whose pages to regenerate (the old and the new).
 */
function saveNamed<T extends typeof sections | typeof tags>(
  table: T,
  kind: 'section' | 'tag',
  id: number | null,
  values: T['$inferInsert'] & { slug: string },
  actor: Actor,
): TaxonomyResult {
  return writeTransaction((tx) => {
    const owner = tx.select({ id: table.id }).from(table).where(eq(table.slug, values.slug)).get();
    if (owner && owner.id !== id) return { ok: false, error: 'taken' } as const;
    const before = id === null ? null : tx.select({ slug: table.slug }).from(table).where(eq(table.id, id)).get();
    if (id !== null && !before) return { ok: false, error: 'missing' } as const;
    let rowId = id;
    if (rowId === null) rowId = tx.insert(table).values(values).returning({ id: table.id }).get().id;
    // drizzle cannot type set() over a union of tables; the values are checked against the table by the signature above.
    else
      tx.update(table)
        .set(values as never)
        .where(eq(table.id, rowId))
        .run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: `${kind}.${id === null ? 'create' : 'update'}`,
        targetType: kind,
        targetId: rowId,
        details: values,
        ip: actor.ip,
      },
    ]);
    return {
      ok: true,
      slugs: [...new Set([before?.slug, values.slug].filter((slug): slug is string => Boolean(slug)))],
    } as const;
  });
}

export function saveSection(
  id: number | null,
  values: { slug: string; name: string; description: string; position: number },
  actor: Actor,
): TaxonomyResult {
  return saveNamed(sections, 'section', id, values, actor);
}

export function saveTag(id: number | null, values: { slug: string; name: string }, actor: Actor): TaxonomyResult {
  return saveNamed(tags, 'tag', id, values, actor);
}

/** Deletes a section that holds no article (articles must always have one). */
export function deleteSection(id: number, actor: Actor): TaxonomyResult {
  return writeTransaction((tx) => {
    const section = tx
      .select({ slug: sections.slug, name: sections.name })
      .from(sections)
      .where(eq(sections.id, id))
      .get();
    if (!section) return { ok: false, error: 'missing' } as const;
    if (tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id)).get()!.n > 0)
      return { ok: false, error: 'inUse' } as const;
    tx.delete(sections).where(eq(sections.id, id)).run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'section.delete',
        targetType: 'section',
        targetId: id,
        details: section,
        ip: actor.ip,
      },
    ]);
    return { ok: true, slugs: [section.slug] } as const;
  });
}

/** Deletes a tag; the articles that had it keep their other tags. */
export function deleteTag(id: number, actor: Actor): TaxonomyResult {
  return writeTransaction((tx) => {
    const tag = tx.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, id)).get();
    if (!tag) return { ok: false, error: 'missing' } as const;
    tx.delete(tags).where(eq(tags.id, id)).run();
    recordAuditIn(tx, [
      { userId: actor.staffId, action: 'tag.delete', targetType: 'tag', targetId: id, details: tag, ip: actor.ip },
    ]);
    return { ok: true, slugs: [tag.slug] } as const;
  });
}
