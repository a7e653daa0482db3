import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { pagePath, type PageForm } from '@/lib/page-form';
import { firstFreeSlug, slugify } from '@/lib/slug';
import type { ArticleStatus } from '@/lib/vocabulary';
import { recordAuditIn } from './audit';
import { renderBody } from './media';
import { db, writeTransaction, type Tx } from './index';
import { pages, redirects } from './schema';

// The site's own pages ("À propos", "Mentions légales"…). Published or draft, nothing in between: a page
// has no publication time to wait for.

export type PublicPage = {
  id: number;
  slug: string;
  title: string;
  bodyHtml: string;
  bodyMarkdown: string;
  updatedAt: Date | null;
};
export type FooterPage = { slug: string; title: string };

const published = eq(pages.status, 'published');

export function getPublicPage(slug: string): PublicPage | null {
  return (
    db
      .select({
        id: pages.id,
        slug: pages.slug,
        title: pages.title,
        bodyHtml: pages.bodyHtml,
        bodyMarkdown: pages.bodyMarkdown,
        updatedAt: pages.updatedAt,
      })
      .from(pages)
      .where(and(eq(pages.slug, slug), published))
      .get() ?? null
  );
}

export function listPublicPageSlugs(): string[] {
  return db
    .select({ slug: pages.slug })
    .from(pages)
    .where(published)
    .orderBy(asc(pages.id))
    .all()
    .map((row) => row.slug);
}

/** The published pages staff put in the footer, in their order (then by title). */
export function listFooterPages(): FooterPage[] {
  return db
    .select({ slug: pages.slug, title: pages.title })
    .from(pages)
    .where(and(eq(pages.inFooter, true), published))
    .orderBy(asc(pages.footerPosition), asc(pages.title))
    .all();
}

const staffColumns = {
  id: pages.id,
  slug: pages.slug,
  title: pages.title,
  status: pages.status,
  inFooter: pages.inFooter,
  footerPosition: pages.footerPosition,
  updatedAt: pages.updatedAt,
};

export type StaffPageRow = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  inFooter: boolean;
  footerPosition: number;
  updatedAt: Date | null;
};

/** Every page, for the dashboard: the footer's first, in their order, then the others by title. */
export function listPagesForStaff(): StaffPageRow[] {
  return db
    .select(staffColumns)
    .from(pages)
    .orderBy(sql`${pages.inFooter} desc`, asc(pages.footerPosition), asc(pages.title))
    .all();
}

export type EditablePage = StaffPageRow & { bodyMarkdown: string; version: number };

export function getPageForEditing(id: number): EditablePage | null {
  return (
    db
      .select({
        ...staffColumns,
        bodyMarkdown: pages.bodyMarkdown,
        version: pages.version,
      })
      .from(pages)
      .where(eq(pages.id, id))
      .get() ?? null
  );
}

/** What a change to a page makes stale: its address, and every page's footer when it is (or was) listed there. */
export type PageRoutes = { slug: string; inFooter: boolean };

const routesOf = (row: { slug: string; status: ArticleStatus; inFooter: boolean }): PageRoutes => ({
  slug: row.slug,
  inFooter: row.status === 'published' && row.inFooter,
});

function slugHolder(tx: Tx, slug: string): number | null {
  return tx.select({ id: pages.id }).from(pages).where(eq(pages.slug, slug)).get()?.id ?? null;
}

/** A slug no other page holds: the base, or the base with -2, -3… */
function freePageSlug(tx: Tx, base: string, pageId: number | null): string {
  return firstFreeSlug(base, 'page', (slug) => [null, pageId].includes(slugHolder(tx, slug)));
}

/**
 * A page's address moved: the old one leads to the new (found where the page route finds nothing), and
 * every old address that led to the old one now leads to the new one directly, so it stays one hop.
 */
export function movePageAddressIn(tx: Tx, from: string, to: string): void {
  tx.update(redirects)
    .set({ target: pagePath(to) })
    .where(eq(redirects.target, pagePath(from)))
    .run();
  tx.insert(redirects)
    .values({ path: pagePath(from), target: pagePath(to), origin: 'staff' })
    .onConflictDoUpdate({ target: redirects.path, set: { target: pagePath(to) } })
    .run();
  // The new address is a page again, no longer an old address of another.
  tx.delete(redirects)
    .where(eq(redirects.path, pagePath(to)))
    .run();
}

export type SavePageResult =
  | { ok: true; id: number; before: PageRoutes | null; after: PageRoutes }
  | { ok: false; error: 'slugTaken' | 'missing' | 'conflict' };

type Actor = { staffId: number; ip: string | null };

/**
 * Creates or updates a page in one transaction: the slug (from the title when left blank, made unique; a
 * typed one must be free), the body rendered once by the sanitising renderer, the old address kept, an audit
 * row. An update names the version its form was opened at: a save over someone else's later one is refused.
 */
export function savePage(
  id: number | null,
  form: PageForm,
  actor: Actor,
  now: Date,
  openedVersion: number | null = null,
): SavePageResult {
  return writeTransaction((tx) => {
    const existing =
      id === null
        ? null
        : (tx
            .select({ slug: pages.slug, status: pages.status, inFooter: pages.inFooter, version: pages.version })
            .from(pages)
            .where(eq(pages.id, id))
            .get() ?? null);
    if (id !== null && !existing) return { ok: false, error: 'missing' } as const;
    if (existing && openedVersion !== null && existing.version !== openedVersion)
      return { ok: false, error: 'conflict' } as const;
    let slug: string;
    if (form.slug) {
      const holder = slugHolder(tx, form.slug);
      if (holder !== null && holder !== id) return { ok: false, error: 'slugTaken' } as const;
      slug = form.slug;
    } else slug = existing?.slug ?? freePageSlug(tx, slugify(form.title), id);
    const values = {
      slug,
      title: form.title,
      bodyMarkdown: form.bodyMarkdown,
      bodyHtml: renderBody(form.bodyMarkdown),
      status: form.status,
      inFooter: form.inFooter,
      footerPosition: form.footerPosition,
      updatedAt: now,
    };
    let pageId: number;
    if (id === null) pageId = tx.insert(pages).values(values).returning({ id: pages.id }).get().id;
    else {
      pageId = id;
      tx.update(pages)
        .set({ ...values, version: sql`${pages.version} + 1` })
        .where(eq(pages.id, id))
        .run();
      if (existing!.slug !== slug) movePageAddressIn(tx, existing!.slug, slug);
    }
    const wasPublic = existing?.status === 'published';
    const isPublic = form.status === 'published';
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action:
          id === null
            ? 'page.create'
            : isPublic && !wasPublic
              ? 'page.publish'
              : wasPublic && !isPublic
                ? 'page.unpublish'
                : 'page.update',
        targetType: 'page',
        targetId: pageId,
        details: {
          title: form.title,
          slug,
          status: form.status,
          inFooter: form.inFooter,
          ...(existing && existing.slug !== slug ? { previousSlug: existing.slug } : {}),
        },
        ip: actor.ip,
      },
    ]);
    return {
      ok: true,
      id: pageId,
      before: existing && routesOf(existing),
      after: routesOf({ slug, status: form.status, inFooter: form.inFooter }),
    } as const;
  });
}

/** Deletes a page for good (its address then answers 404); null when there was none. */
export function deletePage(id: number, actor: Actor): PageRoutes | null {
  return writeTransaction((tx) => {
    const row = tx
      .select({ slug: pages.slug, title: pages.title, status: pages.status, inFooter: pages.inFooter })
      .from(pages)
      .where(eq(pages.id, id))
      .get();
    if (!row) return null;
    tx.delete(pages).where(eq(pages.id, id)).run();
    // Old addresses that led to it would now lead to a 404 in two hops: they answer 404 themselves.
    tx.delete(redirects)
      .where(eq(redirects.target, pagePath(row.slug)))
      .run();
    recordAuditIn(tx, [
      {
        userId: actor.staffId,
        action: 'page.delete',
        targetType: 'page',
        targetId: id,
        details: { title: row.title, slug: row.slug },
        ip: actor.ip,
      },
    ]);
    return routesOf(row);
  });
}
