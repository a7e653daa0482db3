import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { db } from './index';
import type { Hero } from '@/lib/article-facts';
import type { CommentMode } from '@/lib/vocabulary';
import { articleRedirects, articles, articleTags, sections, tags, users } from './schema';

export const ARTICLES_PER_PAGE = 12;

/** An article's picture, as every page that shows it needs it. */
export type { Hero };
/** The article page and the editor also show its caption and credit. */
export type CaptionedHero = Hero & { caption: string | null; credit: string | null };

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date;
  commentCount: number;
  section: { slug: string; name: string };
  hero: Hero | null;
};

export type ArticlePage = { items: ArticleCard[]; page: number; pageCount: number };

/** Published, due and not in the trash: drafts and scheduled articles whose time has not come stay invisible. */
export const isPublic = (now = new Date()) =>
  and(eq(articles.status, 'published'), lte(articles.publishedAt, now), isNull(articles.trashedAt))!;

/** The same rule as a selected column: whether readers could see the article at `now` (a draft's null date: no). */
export const isPublicColumn = (now: Date) => sql<number>`coalesce(${isPublic(now)}, 0)`.mapWith(Boolean);

/** The columns of an article's picture; heroFrom() turns them into the picture. */
export const heroColumns = {
  heroSrc: articles.heroSrc,
  heroWidth: articles.heroWidth,
  heroHeight: articles.heroHeight,
  heroAlt: articles.heroAlt,
};

/** An article has a picture only when its file and both dimensions are known (the <img> needs its size). */
export function heroFrom(row: {
  heroSrc: string | null;
  heroWidth: number | null;
  heroHeight: number | null;
  heroAlt: string | null;
}): Hero | null {
  return row.heroSrc && row.heroWidth && row.heroHeight
    ? { src: row.heroSrc, width: row.heroWidth, height: row.heroHeight, alt: row.heroAlt ?? '' }
    : null;
}

export function withCaption(
  hero: Hero | null,
  row: { heroCaption: string | null; heroCredit: string | null },
): CaptionedHero | null {
  return hero && { ...hero, caption: row.heroCaption, credit: row.heroCredit };
}

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  commentCount: articles.commentCount,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  ...heroColumns,
};

type CardRow = { [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null };

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id!,
    slug: row.slug!,
    title: row.title!,
    dek: row.dek ?? '',
    publishedAt: row.publishedAt!,
    commentCount: row.commentCount ?? 0,
    section: { slug: row.sectionSlug!, name: row.sectionName! },
    hero: heroFrom(row),
  };
}

function cards(where: ReturnType<typeof and>, limit: number, offset = 0): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map(toCard);
}

function countPages(where: ReturnType<typeof and>): number {
  const [{ total }] = db.select({ total: count() }).from(articles).where(where).all();
  return Math.ceil(total / ARTICLES_PER_PAGE);
}

/** A listing page of its own: a section's, a tag's or an author's articles. */
export type Listing = { kind: 'section' | 'tag' | 'author'; id: number };

export function listingCondition(listing: Listing) {
  switch (listing.kind) {
    case 'section':
      return and(isPublic(), eq(articles.sectionId, listing.id));
    case 'author':
      return and(isPublic(), eq(articles.authorId, listing.id));
    case 'tag':
      return and(
        isPublic(),
        inArray(
          articles.id,
          db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, listing.id)),
        ),
      );
  }
}

/** One page of a listing, newest first, or null past its last page. */
export function listListingArticles(listing: Listing, page: number): ArticlePage | null {
  const where = listingCondition(listing);
  const pageCount = Math.max(1, countPages(where));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: cards(where, ARTICLES_PER_PAGE, (page - 1) * ARTICLES_PER_PAGE), page, pageCount };
}

/** The lead story: the newest article staff flagged as featured, else the newest. */
export function getLeadArticle(): ArticleCard | null {
  return cards(and(isPublic(), eq(articles.featured, true)), 1)[0] ?? cards(isPublic(), 1)[0] ?? null;
}

/** The public ones among these articles, in the order of the ids given. */
export function listArticleCards(ids: number[]): ArticleCard[] {
  if (ids.length === 0) return [];
  const byId = new Map(cards(and(isPublic(), inArray(articles.id, ids)), ids.length).map((card) => [card.id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function listLatestArticles(limit: number): ArticleCard[] {
  return cards(isPublic(), limit);
}

/** The newest few articles of every section that has any, in navigation order. */
export function listSectionBlocks(
  perSection: number,
): { section: { slug: string; name: string }; items: ArticleCard[] }[] {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .orderBy(sections.position, sections.name)
    .all()
    .map((section) => ({
      section: { slug: section.slug, name: section.name },
      items: cards(and(isPublic(), eq(articles.sectionId, section.id)), perSection),
    }))
    .filter((block) => block.items.length > 0);
}

/**
 * The columns a whole public article is read with, over articles joined to their section and author
 * (selectStories adds the joins): the article page and the feeds; storyFrom() shapes the row.
 */
const storyColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  bodyHtml: articles.bodyHtml,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: users.slug,
  authorName: users.name,
  ...heroColumns,
};

/** Selects the story columns and `extra` from articles with their section and author. */
export function selectStories<Extra extends SelectedFields>(extra: Extra) {
  return db
    .select({ ...storyColumns, ...extra })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId));
}

type StoryRow = NonNullable<ReturnType<ReturnType<typeof selectStories<Record<never, never>>>['get']>>;

/** A public article's story: its publication date is set (isPublic() selected it). */
export function storyFrom(row: StoryRow) {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    bodyHtml: row.bodyHtml,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt,
    section: { slug: row.sectionSlug, name: row.sectionName },
    author: { slug: row.authorSlug, name: row.authorName },
    hero: heroFrom(row),
  };
}

export type ArticleView = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  bodyHtml: string;
  readingMinutes: number;
  publishedAt: Date;
  updatedAt: Date | null;
  source: string | null;
  commentMode: CommentMode;
  keepCommentsOpen: boolean;
  commentCount: number;
  section: { id: number; slug: string; name: string };
  author: { slug: string; name: string };
  hero: CaptionedHero | null;
  tags: { id: number; slug: string; name: string }[];
};

/** A published, due article by its current slug, or null. */
export function getPublicArticle(slug: string): ArticleView | null {
  return readArticleView(and(eq(articles.slug, slug), isPublic())!);
}

/**
 * Any article not in the trash, as its page would show it: what staff and preview links see before
 * publication. A draft without a time shows as if published now.
 */
export function getPreviewArticle(id: number, now: Date): ArticleView | null {
  return readArticleView(and(eq(articles.id, id), isNull(articles.trashedAt))!, now);
}

function readArticleView(where: SQL, undatedAt?: Date): ArticleView | null {
  const row = selectStories({
    readingMinutes: articles.readingMinutes,
    source: articles.source,
    commentMode: articles.commentMode,
    keepCommentsOpen: articles.keepCommentsOpen,
    commentCount: articles.commentCount,
    sectionId: sections.id,
    heroCaption: articles.heroCaption,
    heroCredit: articles.heroCredit,
  })
    .where(where)
    .get();
  if (!row) return null;
  const story = storyFrom({ ...row, publishedAt: row.publishedAt ?? undatedAt ?? null });
  return {
    ...story,
    readingMinutes: row.readingMinutes,
    source: row.source,
    commentMode: row.commentMode,
    keepCommentsOpen: row.keepCommentsOpen,
    commentCount: row.commentCount,
    section: { id: row.sectionId, ...story.section },
    hero: withCaption(story.hero, row),
    tags: db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(tags.name)
      .all(),
  };
}

/** The current slug of an article that was renamed, for a permanent redirect. */
export function getRedirectedSlug(oldSlug: string): string | null {
  const row = db
    .select({ slug: articles.slug })
    .from(articleRedirects)
    .innerJoin(articles, eq(articles.id, articleRedirects.articleId))
    .where(and(eq(articleRedirects.slug, oldSlug), isPublic()))
    .get();
  return row?.slug ?? null;
}

/** Articles sharing a tag with this one first, then its section's, newest first. */
export function listRelatedArticles(
  article: Pick<ArticleView, 'id' | 'section' | 'tags'>,
  limit: number,
): ArticleCard[] {
  const tagIds = article.tags.map((tag) => tag.id);
  const byTag = tagIds.length
    ? cards(
        and(
          isPublic(),
          ne(articles.id, article.id),
          inArray(
            articles.id,
            db.select({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, tagIds)),
          ),
        ),
        limit,
      )
    : [];
  if (byTag.length >= limit) return byTag;
  const seen = new Set([article.id, ...byTag.map((card) => card.id)]);
  const bySection = cards(
    and(isPublic(), eq(articles.sectionId, article.section.id), ne(articles.id, article.id)),
    limit + byTag.length,
  ).filter((card) => !seen.has(card.id));
  return [...byTag, ...bySection].slice(0, limit);
}

/** The most recent public article slugs, prerendered at build time; older ones render on first visit. */
export function listRecentArticleSlugs(limit: number): string[] {
  return db
    .select({ slug: articles.slug })
    .from(articles)
    .where(isPublic())
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all()
    .map((row) => row.slug);
}

export type ArticleRoutes = { id: number; slug: string; sectionSlug: string; authorSlug: string; tagSlugs: string[] };
export type CommentTarget = ArticleRoutes & {
  commentMode: CommentMode;
  keepCommentsOpen: boolean;
  publishedAt: Date;
};

/** Articles whose scheduled publication time fell in (from, to]: pages that must now show them. */
export function listArticlesDueBetween(from: Date, to: Date): ArticleRoutes[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), gt(articles.publishedAt, from), lte(articles.publishedAt, to)))
    .all()
    .flatMap(({ id }) => getCommentTarget(id) ?? []);
}

/** A public article that a comment may be posted to, with what revalidation needs to know. */
export function getCommentTarget(articleId: number): CommentTarget | null {
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      commentMode: articles.commentMode,
      keepCommentsOpen: articles.keepCommentsOpen,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      authorSlug: users.slug,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(eq(articles.id, articleId), isPublic()))
    .get();
  if (!row || !row.publishedAt) return null;
  const tagSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .all();
  return { ...row, publishedAt: row.publishedAt, tagSlugs: tagSlugs.map((tag) => tag.slug) };
}
