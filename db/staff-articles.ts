import 'server-only';
import { and, asc, count, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { ArticleForm } from '@/lib/article-form';
import { markdownToText, readingMinutes } from '@/lib/markdown';
import { firstFreeSlug, slugify } from '@/lib/slug';
import type { ArticleStatus, CommentMode } from '@/lib/vocabulary';
import {
  heroColumns,
  heroFrom,
  isPublic,
  isPublicColumn,
  withCaption,
  type ArticleRoutes,
  type CaptionedHero,
} from './articles';
import { recordAuditIn } from './audit';
import { getMedia, renderBody } from './media';
import { db, writeTransaction } from './index';
import { containing } from './text-filter';
import { recordRevisionIn } from './revisions';
import { articleRedirects, articles, articleTags, articleTombstones, sections, tags, users } from './schema';

export const STAFF_ARTICLES_PER_PAGE = 30;

export type StaffArticleRow = {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date | null;
  sectionName: string;
  authorName: string;
  commentCount: number;
  featured: boolean;
};
export type StaffArticleFilter = { search: string; state: 'all' | 'draft' | 'scheduled' | 'published'; page: number };

function stateCondition(state: StaffArticleFilter['state'], now: Date): SQL | undefined {
  switch (state) {
    case 'draft':
      return eq(articles.status, 'draft');
    case 'scheduled':
      return and(eq(articles.status, 'published'), gt(articles.publishedAt, now));
    case 'published':
      return isPublic(now);
    default:
      return undefined;
  }
}

/** Every article out of the trash, drafts and scheduled ones included, newest first, by title or slug. */
export function listArticlesForStaff(
  filter: StaffArticleFilter,
  now: Date,
): { rows: StaffArticleRow[]; pageCount: number } {
  const search = filter.search.trim();
  const where = and(
    isNull(articles.trashedAt),
    stateCondition(filter.state, now),
    search ? containing([articles.title, articles.slug], search) : undefined,
  );
  const total = db.select({ n: count() }).from(articles).where(where).get()!.n;
  const rows = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionName: sections.name,
      authorName: users.name,
      commentCount: articles.commentCount,
      featured: articles.featured,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(where)
    // Drafts have no publication time yet: they come first, newest created first.
    .orderBy(sql`${articles.publishedAt} is not null`, desc(articles.publishedAt), desc(articles.id))
    .limit(STAFF_ARTICLES_PER_PAGE)
    .offset((filter.page - 1) * STAFF_ARTICLES_PER_PAGE)
    .all();
  return { rows, pageCount: Math.max(1, Math.ceil(total / STAFF_ARTICLES_PER_PAGE)) };
}

export type EditableArticle = {
  id: number;
  title: string;
  slug: string;
  dek: string;
  bodyMarkdown: string;
  sectionId: number;
  authorId: number;
  tags: string[];
  source: string | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  featured: boolean;
  commentMode: CommentMode;
  keepCommentsOpen: boolean;
  hero: CaptionedHero | null;
  /** The version the editor's form is opened at (optimistic concurrency). */
  version: number;
  trashedAt: Date | null;
};

export function getArticleForEditing(id: number): EditableArticle | null {
  const row = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      dek: articles.dek,
      bodyMarkdown: articles.bodyMarkdown,
      sectionId: articles.sectionId,
      authorId: articles.authorId,
      source: articles.source,
      status: articles.status,
      publishedAt: articles.publishedAt,
      featured: articles.featured,
      commentMode: articles.commentMode,
      keepCommentsOpen: articles.keepCommentsOpen,
      ...heroColumns,
      heroCaption: articles.heroCaption,
      heroCredit: articles.heroCredit,
      version: articles.version,
      trashedAt: articles.trashedAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    bodyMarkdown: row.bodyMarkdown,
    sectionId: row.sectionId,
    authorId: row.authorId,
    tags: listTagNames(id),
    source: row.source,
    status: row.status,
    publishedAt: row.publishedAt,
    featured: row.featured,
    commentMode: row.commentMode,
    keepCommentsOpen: row.keepCommentsOpen,
    hero: withCaption(heroFrom(row), row),
    version: row.version,
    trashedAt: row.trashedAt,
  };
}

function listTagNames(articleId: number): string[] {
  return db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((row) => row.name);
}

/** The bylines an article can carry: every staff member and author, by name (never their e-mail). */
export function listBylines(): { id: number; name: string }[] {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).all();
}

/** The pages an article appears on, public or not yet: what to regenerate before and after a change. */
export function getArticleRoutes(id: number): ArticleRoutes | null {
  const row = db
    .select({ id: articles.id, slug: articles.slug, sectionSlug: sections.slug, authorSlug: users.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const tagSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .all();
  return { ...row, tagSlugs: tagSlugs.map((tag) => tag.slug) };
}

/** The article that holds a slug, now or as a former address (redirected), or null. */
function slugOwner(slug: string): number | null {
  const current = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get();
  if (current) return current.id;
  return (
    db.select({ id: articleRedirects.articleId }).from(articleRedirects).where(eq(articleRedirects.slug, slug)).get()
      ?.id ?? null
  );
}

/** A slug no other article holds or held: the base, or the base with -2, -3… */
export function freeSlug(base: string, articleId: number | null): string {
  return firstFreeSlug(base, 'article', (slug) => [null, articleId].includes(slugOwner(slug)));
}

export type SaveResult =
  | {
      ok: true;
      id: number;
      before: ArticleRoutes | null;
      after: ArticleRoutes;
      /** Readers can see it now and could not before. */ published: boolean;
    }
  | { ok: false; error: 'slugTaken' | 'unknownChoice' | 'unknownPicture' | 'missing' | 'conflict' };

/**
 * Creates or updates an article in one transaction: the slug (from the title when left blank, made
 * unique; a typed one must be free), the body rendered once by the sanitising renderer, tags created
 * on the fly, the old address kept as a redirect, a revision, an audit row. Returns the pages to regenerate.
 * An update names the version its form was opened at: if someone saved the article since, it is refused
 * ('conflict') rather than written over their work.
 */
export function saveArticle(
  id: number | null,
  form: ArticleForm,
  actor: { staffId: number; ip: string | null },
  now: Date,
  openedVersion: number | null = null,
): SaveResult {
  return writeTransaction((tx) => {
    const existing =
      id === null
        ? null
        : (tx
            .select({ slug: articles.slug, wasPublic: isPublicColumn(now), version: articles.version })
            .from(articles)
            .where(eq(articles.id, id))
            .get() ?? null);
    if (id !== null && !existing) return { ok: false, error: 'missing' } as const;
    if (existing && openedVersion !== null && existing.version !== openedVersion)
      return { ok: false, error: 'conflict' } as const;
    if (
      !tx.select({ id: sections.id }).from(sections).where(eq(sections.id, form.sectionId)).get() ||
      !tx.select({ id: users.id }).from(users).where(eq(users.id, form.authorId)).get()
    ) {
      return { ok: false, error: 'unknownChoice' } as const;
    }
    const chosen = form.heroMediaId === null ? null : getMedia(form.heroMediaId);
    if (form.heroMediaId !== null && !chosen) return { ok: false, error: 'unknownPicture' } as const;
    let slug: string;
    if (form.slug) {
      const owner = slugOwner(form.slug);
      if (owner !== null && owner !== id) return { ok: false, error: 'slugTaken' } as const;
      slug = form.slug;
    } else {
      slug = existing?.slug ?? freeSlug(slugify(form.title), id);
    }
    const before = id === null ? null : getArticleRoutes(id);
    const wasPublic = existing?.wasPublic ?? false;
    // Publishing with no time means now; a time to come schedules the article.
    const publishedAt = form.status === 'published' ? (form.publishedAt ?? now) : form.publishedAt;
    const values = {
      slug,
      title: form.title,
      dek: form.dek,
      bodyMarkdown: form.bodyMarkdown,
      bodyHtml: renderBody(form.bodyMarkdown),
      bodyText: markdownToText(form.bodyMarkdown),
      readingMinutes: readingMinutes(form.bodyMarkdown),
      status: form.status,
      publishedAt,
      sectionId: form.sectionId,
      authorId: form.authorId,
      source: form.source,
      featured: form.featured,
      commentMode: form.commentMode,
      keepCommentsOpen: form.keepCommentsOpen,
      ...(form.removeHero
        ? { heroSrc: null, heroWidth: null, heroHeight: null, heroAlt: null, heroCaption: null, heroCredit: null }
        : chosen
          ? {
              heroSrc: chosen.src,
              heroWidth: chosen.width,
              heroHeight: chosen.height,
              // The library's words, unless the article gives its own.
              heroAlt: form.heroAlt || chosen.alt || null,
              heroCaption: form.heroCaption ?? chosen.caption,
              heroCredit: form.heroCredit ?? chosen.credit,
            }
          : { heroAlt: form.heroAlt || null, heroCaption: form.heroCaption, heroCredit: form.heroCredit }),
    };
    let articleId: number;
    if (id === null) {
      articleId = tx.insert(articles).values(values).returning({ id: articles.id }).get().id;
    } else {
      articleId = id;
      // A plain save (a typo fixed) leaves updated_at alone: readers' "Mis à jour le", dateModified and the
      // feeds' dates move with a correction note (db/corrections.ts), not with every save.
      tx.update(articles)
        .set({ ...values, version: sql`${articles.version} + 1` })
        .where(eq(articles.id, id))
        .run();
      if (existing!.slug !== slug) {
        tx.insert(articleRedirects)
          .values({ slug: existing!.slug, articleId: id })
          .onConflictDoUpdate({ target: articleRedirects.slug, set: { articleId: id } })
          .run();
      }
    }
    // An address given back to its article is no longer a redirect, nor the grave of a deleted one.
    tx.delete(articleRedirects).where(eq(articleRedirects.slug, slug)).run();
    tx.delete(articleTombstones).where(eq(articleTombstones.slug, slug)).run();
    recordRevisionIn(tx, articleId, 'save', actor.staffId, form);

    const tagIds = form.tags.map((name) => {
      const tagSlug = slugify(name);
      const found = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, tagSlug)).get();
      return found?.id ?? tx.insert(tags).values({ slug: tagSlug, name }).returning({ id: tags.id }).get().id;
    });
    tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
    if (tagIds.length)
      tx.insert(articleTags)
        .values(tagIds.map((tagId) => ({ articleId, tagId })))
        .run();

    const isPublicNow = tx
      .select({ isPublic: isPublicColumn(now) })
      .from(articles)
      .where(eq(articles.id, articleId))
      .get()!.isPublic;
    const published = isPublicNow && !wasPublic;
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action:
          id === null
            ? 'article.create'
            : published
              ? 'article.publish'
              : wasPublic && !isPublicNow
                ? 'article.unpublish'
                : 'article.update',
        targetType: 'article',
        targetId: articleId,
        details: {
          title: form.title,
          slug,
          status: form.status,
          publishedAt: publishedAt?.toISOString() ?? null,
          ...(existing && existing.slug !== slug ? { previousSlug: existing.slug } : {}),
        },
        ip: actor.ip,
      },
    ]);
    return { ok: true, id: articleId, before, after: getArticleRoutes(articleId)!, published } as const;
  });
}
