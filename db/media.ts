import 'server-only';
import { and, count, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import { picturesWithoutAlt } from '@/lib/article-form';
import { bodyImages, renderMarkdown, type LibraryPicture } from '@/lib/markdown';
import { recordAuditIn } from './audit';
import { db, writeTransaction, type Tx } from './index';
import { containing } from './text-filter';
import { articles, mediaItems, users } from './schema';

export const MEDIA_PER_PAGE = 40;

export type MediaItem = {
  id: number;
  src: string;
  name: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: Date;
};
export type MediaFilter = { search: string; since: Date | null; until: Date | null; page: number };
type Actor = { staffId: number; ip: string | null };

const columns = {
  id: mediaItems.id,
  src: mediaItems.src,
  name: mediaItems.name,
  width: mediaItems.width,
  height: mediaItems.height,
  alt: mediaItems.alt,
  caption: mediaItems.caption,
  credit: mediaItems.credit,
  createdAt: mediaItems.createdAt,
};

/** The library, newest first, by a part of the file name or alt text and an upload day range. */
export function listMedia(filter: MediaFilter): { rows: MediaItem[]; pageCount: number } {
  const search = filter.search.trim();
  const where = and(
    search ? containing([mediaItems.name, mediaItems.alt], search) : undefined,
    filter.since ? gte(mediaItems.createdAt, filter.since) : undefined,
    filter.until ? lt(mediaItems.createdAt, filter.until) : undefined,
  );
  const total = db.select({ n: count() }).from(mediaItems).where(where).get()!.n;
  const rows = db
    .select(columns)
    .from(mediaItems)
    .where(where)
    .orderBy(desc(mediaItems.createdAt), desc(mediaItems.id))
    .limit(MEDIA_PER_PAGE)
    .offset((filter.page - 1) * MEDIA_PER_PAGE)
    .all();
  return { rows, pageCount: Math.max(1, Math.ceil(total / MEDIA_PER_PAGE)) };
}

export function getMedia(id: number): MediaItem | null {
  return db.select(columns).from(mediaItems).where(eq(mediaItems.id, id)).get() ?? null;
}

/** The library's pictures among some addresses (those an article body shows), by address. */
export function libraryPictures(srcs: string[]): Map<string, LibraryPicture & { name: string }> {
  const wanted = [...new Set(srcs.filter((src) => src.startsWith('/medias/')))];
  if (wanted.length === 0) return new Map();
  const rows = db.select(columns).from(mediaItems).where(inArray(mediaItems.src, wanted)).all();
  return new Map(rows.map(({ src, ...picture }) => [src, picture]));
}

/**
 * Records stored pictures in the library. The same picture uploaded again (same content, same address)
 * stays one item with its words; its id is returned all the same.
 */
export function addMedia(
  pictures: { src: string; name: string; width: number; height: number; bytes: number }[],
  actor: Actor,
): number[] {
  return writeTransaction((tx) => {
    const ids = pictures.map(
      (picture) =>
        tx
          .insert(mediaItems)
          .values({ ...picture, uploadedBy: actor.staffId })
          .onConflictDoUpdate({ target: mediaItems.src, set: { src: picture.src } })
          .returning({ id: mediaItems.id })
          .get().id,
    );
    if (ids.length)
      recordAuditIn(tx, [
        {
          userId: actor.staffId,
          action: 'media.upload',
          targetType: 'media',
          details: { ids, names: pictures.map((p) => p.name) },
          ip: actor.ip,
        },
      ]);
    return ids;
  });
}

/** A picture's words: its alt text, caption and credit. */
export function updateMediaText(
  id: number,
  text: { alt: string; caption: string | null; credit: string | null },
  actor: Actor,
): boolean {
  return writeTransaction((tx) => {
    const changed = tx.update(mediaItems).set(text).where(eq(mediaItems.id, id)).run().changes > 0;
    if (changed)
      recordAuditIn(tx, [
        { userId: actor.staffId, action: 'media.update', targetType: 'media', targetId: id, ip: actor.ip },
      ]);
    return changed;
  });
}

/** A place that shows a picture: an article (its text or its image) or a profile photo. */
export type MediaUse =
  { kind: 'article'; id: number; title: string; trashed: boolean } | { kind: 'profile'; id: number; name: string };

/**
 * Every place that shows the picture's file. Articles of every status count, the trash included (a restored
 * article would show it again); revisions do not: an old text restored shows a missing picture, as a
 * WordPress revision does. Profile photos are not library items but may be the same file (same content).
 */
function mediaUsesIn(source: typeof db | Tx, src: string): MediaUse[] {
  const inArticles = source
    .select({ id: articles.id, title: articles.title, trashedAt: articles.trashedAt })
    .from(articles)
    .where(or(eq(articles.heroSrc, src), sql`instr(${articles.bodyMarkdown}, ${src}) > 0`))
    .orderBy(desc(articles.id))
    .all();
  const inProfiles = source.select({ id: users.id, name: users.name }).from(users).where(eq(users.avatar, src)).all();
  return [
    ...inArticles.map(({ id, title, trashedAt }) => ({
      kind: 'article' as const,
      id,
      title,
      trashed: trashedAt !== null,
    })),
    ...inProfiles.map(({ id, name }) => ({ kind: 'profile' as const, id, name })),
  ];
}

export function listMediaUses(src: string): MediaUse[] {
  return mediaUsesIn(db, src);
}

/**
 * Deletes a picture from the library unless something still shows it, audited. The uses are read in the
 * write transaction, so an article saved with the picture a moment earlier is seen. Returns the deleted item
 * (its file is the caller's to remove), the places that still show it, or null when it is gone already.
 */
export function deleteMedia(id: number, actor: Actor): { deleted: MediaItem } | { usedBy: MediaUse[] } | null {
  return writeTransaction((tx) => {
    const item = tx.select(columns).from(mediaItems).where(eq(mediaItems.id, id)).get();
    if (!item) return null;
    const usedBy = mediaUsesIn(tx, item.src);
    if (usedBy.length) return { usedBy };
    tx.delete(mediaItems).where(eq(mediaItems.id, id)).run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'media.delete',
        targetType: 'media',
        targetId: id,
        details: { name: item.name, src: item.src },
        ip: actor.ip,
      },
    ]);
    return { deleted: item };
  });
}

/** The pictures of a body readers would get without words (neither the body nor the library gives any), by name. */
export function bodyPicturesWithoutAlt(markdown: string): string[] {
  const images = bodyImages(markdown);
  return picturesWithoutAlt(images, libraryPictures(images.map((image) => image.src)));
}

/** A body rendered by the one sanitising renderer, its library pictures with their size and words. */
export function renderBody(markdown: string): string {
  const pictures = libraryPictures(bodyImages(markdown).map((image) => image.src));
  return renderMarkdown(markdown, { picture: (src) => pictures.get(src) ?? null });
}
