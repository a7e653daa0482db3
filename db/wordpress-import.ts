import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { emailHash, sealEmail } from '@/lib/commenter-identity';
import { markdownToText, readingMinutesOfText, renderMarkdown } from '@/lib/markdown';
import { placeReply, type ReplyTarget } from '@/lib/reply-placement';
import { slugify } from '@/lib/slug';
import { wordpressCommentToText, wordpressToMarkdown, type WpImage } from '@/lib/wordpress-content';
import { decideComment, decidePost, normaliseOldPath } from '@/lib/wordpress-item';
import type { ImportSummary } from '@/lib/wordpress-summary';
import type { CommentStatus } from '@/lib/vocabulary';
import { readWxr, type WxrItem, type WxrRecord } from '@/lib/wxr-reader';
import { db, sqlite } from './index';
import { articles as demoArticles } from './seed-content';
import { getSettings } from './settings';
import { freeSlug } from './staff-articles';
import { articleRedirects, articles, articleTags, comments, redirects, sections, tags, users } from './schema';

// Bumped when the mapping changes, so a second run rewrites what the first one wrote the old way.
const MAPPING_VERSION = '1';

export type Progress = { items: number; comments: number };

type Attachment = { url: string; alt: string; parent: number };

const emptySummary = (dryRun: boolean): ImportSummary => ({
  dryRun,
  wxrVersion: '',
  authors: { created: 0, reused: 0 },
  sections: { created: 0, reused: 0 },
  tags: { created: 0, reused: 0 },
  posts: { imported: 0, updated: 0, unchanged: 0, skipped: {} },
  comments: {
    imported: 0,
    updated: 0,
    unchanged: 0,
    byStatus: { approved: 0, pending: 0, spam: 0, trash: 0 },
    replies: 0,
    flattened: 0,
    skipped: {},
  },
  redirects: 0,
  unknownShortcodes: {},
  notes: [],
  problems: [],
});

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

const itemLabel = (item: WxrItem) =>
  `« ${item.fields.title?.trim() || 'sans titre'} » (wp:post_id ${item.fields['wp:post_id']?.trim() || '?'})`;

/** True when the database holds nothing but the demo articles of db/seed.ts. */
export function holdsOnlyDemoContent(): boolean {
  const slugs = db.select({ slug: articles.slug, wpPostId: articles.wpPostId }).from(articles).all();
  const demo = new Set(demoArticles.map((article) => article.slug));
  return slugs.length > 0 && slugs.every((row) => row.wpPostId === null && demo.has(row.slug));
}

/** Removes the demo content (articles, their comments, sections, tags and password-less bylines), in one transaction. */
export function removeDemoContent(): void {
  db.transaction((tx) => {
    tx.delete(comments).run();
    tx.delete(articleRedirects).run();
    tx.delete(articleTags).run();
    tx.delete(articles).run();
    tx.delete(tags).run();
    tx.delete(sections).run();
    tx.delete(users)
      .where(and(isNull(users.passwordHash), isNull(users.wpLogin)))
      .run();
  });
}

/**
 * Writes WXR records as they are read: authors, categories and tags first (WordPress exports them
 * before the items), then posts with their comments. Writes are grouped in transactions of about
 * batchSize rows; every post is written with its comments, and an unchanged post (same hash) is
 * skipped whole, so a second run, or a run after one killed halfway, ends with the same database.
 * A dry run does everything in one transaction and rolls it back.
 */
export function createWordPressImporter(options: { dryRun: boolean; timeZone: string; batchSize?: number }) {
  const summary = emptySummary(options.dryRun);
  const batchSize = options.batchSize ?? 2000;
  const threadDepth = getSettings().threadDepth;
  const siteUrls: string[] = [];
  const authorsByLogin = new Map<string, number>();
  const authorsByWpId = new Map<number, number>();
  const categoryTerms = new Map<number, string>();
  const sectionsByNicename = new Map<string, number>();
  const tagsByNicename = new Map<string, number>();
  const categoryNames = new Map<string, { name: string; termId: number | null; kind: 'category' | 'tag' }>();
  const attachments = new Map<number, Attachment>();
  const progress: Progress = { items: 0, comments: 0 };
  // Comments are most of an archive: their two statements are prepared once, not built per row.
  const statements = {
    storedComment: sqlite.prepare(
      'select id, thread_id as threadId, depth, parent_id as parentId, status, body from comments where wp_comment_id = ?',
    ),
    insertComment: sqlite.prepare(
      `insert into comments (article_id, parent_id, thread_id, depth, reply_to_name, author_name, author_email,
         author_email_hash, author_url, body, status, created_at, ip, staff_user_id, wp_comment_id)
       values (@articleId, @parentId, @threadId, @depth, @replyToName, @authorName, @authorEmail,
         @authorEmailHash, @authorUrl, @body, @status, @createdAt, @ip, @staffUserId, @wpCommentId)`,
    ),
  };
  let pendingRows = 0;
  let open = false;

  const begin = () => {
    if (!open) sqlite.exec('BEGIN IMMEDIATE');
    open = true;
  };
  const commit = () => {
    if (open && !options.dryRun) {
      sqlite.exec('COMMIT');
      open = false;
    }
    pendingRows = 0;
  };
  // Counted as they are written, committed only between records: a post never lands without its comments.
  const wrote = (rows: number) => {
    pendingRows += rows;
  };

  function author(fields: Record<string, string>, line: number) {
    const login = fields['wp:author_login']?.trim();
    if (!login) {
      summary.problems.push({ line, item: 'auteur', message: 'wp:author_login absent' });
      return;
    }
    const id = ensureAuthor(login, fields);
    const wpId = Number(fields['wp:author_id']);
    if (wpId > 0) authorsByWpId.set(wpId, id);
  }

  function ensureAuthor(login: string, fields: Record<string, string> = {}): number {
    const known = authorsByLogin.get(login);
    if (known) return known;
    const email = (
      fields['wp:author_email']?.trim() || `${slugify(login) || 'auteur'}@wordpress.invalid`
    ).toLowerCase();
    const name = fields['wp:author_display_name']?.trim() || login;
    const existing =
      db.select({ id: users.id }).from(users).where(eq(users.wpLogin, login)).get() ??
      db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    let id: number;
    if (existing) {
      id = existing.id;
      db.update(users).set({ wpLogin: login }).where(eq(users.id, id)).run();
      summary.authors.reused++;
    } else {
      const base = slugify(name) || slugify(login) || 'auteur';
      let slug = base;
      for (let n = 2; db.select({ id: users.id }).from(users).where(eq(users.slug, slug)).get(); n++)
        slug = `${base}-${n}`;
      // A byline without a password: user:create with the same e-mail later makes it an account.
      id = db
        .insert(users)
        .values({ slug, name, email, role: 'editor', passwordHash: null, wpLogin: login })
        .returning({ id: users.id })
        .get().id;
      summary.authors.created++;
    }
    authorsByLogin.set(login, id);
    addRedirect(
      `/author/${login}`,
      `/auteur/${db.select({ slug: users.slug }).from(users).where(eq(users.id, id)).get()!.slug}`,
    );
    wrote(1);
    return id;
  }

  function ensureSection(nicename: string): number {
    const known = sectionsByNicename.get(nicename);
    if (known) return known;
    const term = categoryNames.get(nicename);
    const slug = slugify(nicename) || 'rubrique';
    const existing =
      (term?.termId
        ? db.select({ id: sections.id }).from(sections).where(eq(sections.wpTermId, term.termId)).get()
        : null) ?? db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug)).get();
    let id: number;
    if (existing) {
      id = existing.id;
      summary.sections.reused++;
    } else {
      const position = db
        .select({ n: sql<number>`coalesce(max(${sections.position}), -1) + 1` })
        .from(sections)
        .get()!.n;
      id = db
        .insert(sections)
        .values({ slug, name: term?.name ?? nicename, position, wpTermId: term?.termId ?? null })
        .returning({ id: sections.id })
        .get().id;
      summary.sections.created++;
    }
    sectionsByNicename.set(nicename, id);
    addRedirect(
      `/category/${nicename}`,
      `/rubrique/${db.select({ slug: sections.slug }).from(sections).where(eq(sections.id, id)).get()!.slug}`,
    );
    wrote(1);
    return id;
  }

  function ensureTag(nicename: string): number {
    const known = tagsByNicename.get(nicename);
    if (known) return known;
    const term = categoryNames.get(nicename);
    const slug = slugify(nicename) || 'mot-cle';
    const existing = db.select({ id: tags.id, slug: tags.slug }).from(tags).where(eq(tags.slug, slug)).get();
    let id: number;
    if (existing) {
      id = existing.id;
      summary.tags.reused++;
    } else {
      id = db
        .insert(tags)
        .values({ slug, name: term?.name ?? nicename, wpTermId: term?.termId ?? null })
        .returning({ id: tags.id })
        .get().id;
      summary.tags.created++;
    }
    tagsByNicename.set(nicename, id);
    if (!sectionsByNicename.has(nicename) && term?.kind === 'category')
      addRedirect(
        `/category/${nicename}`,
        `/mot-cle/${db.select({ slug: tags.slug }).from(tags).where(eq(tags.id, id)).get()!.slug}`,
      );
    wrote(1);
    return id;
  }

  function addRedirect(oldPath: string, target: string) {
    const path = normaliseOldPath(oldPath);
    if (path === target || path === '/') return;
    const changes = db
      .insert(redirects)
      .values({ path, target, origin: 'wordpress' })
      .onConflictDoUpdate({ target: redirects.path, set: { target }, setWhere: sql`${redirects.target} <> ${target}` })
      .run().changes;
    summary.redirects += changes;
  }

  function term(kind: 'category' | 'tag', fields: Record<string, string>, line: number) {
    const nicename = decodeURIComponentSafe(
      (kind === 'category' ? fields['wp:category_nicename'] : fields['wp:tag_slug'])?.trim() ?? '',
    );
    if (!nicename) {
      summary.problems.push({ line, item: kind === 'category' ? 'catégorie' : 'mot-clé', message: 'slug absent' });
      return;
    }
    const termId = Number(fields['wp:term_id']) || null;
    const name = (kind === 'category' ? fields['wp:cat_name'] : fields['wp:tag_name'])?.trim() || nicename;
    categoryNames.set(nicename, { name, termId, kind });
    if (termId) categoryTerms.set(termId, nicename);
    // Sections are made from the categories posts use as their first (or primary) one; the others become tags.
    if (kind === 'tag') {
      const id = ensureTag(nicename);
      addRedirect(
        `/tag/${nicename}`,
        `/mot-cle/${db.select({ slug: tags.slug }).from(tags).where(eq(tags.id, id)).get()!.slug}`,
      );
    }
  }

  function galleryImages(postId: number, ids: number[]): WpImage[] {
    const chosen = ids.length
      ? ids.map((id) => attachments.get(id)).filter((a): a is Attachment => Boolean(a))
      : [...attachments.values()].filter((a) => a.parent === postId);
    return chosen.map((a) => ({ src: a.url, alt: a.alt }));
  }

  function item(record: WxrItem) {
    progress.items++;
    if (record.fields['wp:post_type']?.trim() === 'attachment') {
      const id = Number(record.fields['wp:post_id']);
      const url = record.fields['wp:attachment_url']?.trim();
      if (id > 0 && url)
        attachments.set(id, {
          url,
          alt: record.meta._wp_attachment_image_alt?.trim() ?? '',
          parent: Number(record.fields['wp:post_parent']) || 0,
        });
    }
    const decision = decidePost(record, {
      timeZone: options.timeZone,
      siteUrls,
      categoryNicename: (termId) => categoryTerms.get(termId),
    });
    if (decision.kind === 'invalid') {
      summary.problems.push({ line: record.line, item: itemLabel(record), message: decision.message });
      return;
    }
    if (decision.kind === 'skip') {
      bump(summary.posts.skipped, decision.reason);
      progress.comments += record.comments.length;
      return;
    }
    for (const note of decision.notes)
      summary.notes.push({ line: record.line, item: itemLabel(record), message: note });
    const hash = createHash('sha1')
      .update(MAPPING_VERSION)
      .update(
        JSON.stringify([record.fields, record.categories, record.meta, record.comments.map((c) => [c.fields, c.meta])]),
      )
      .digest('base64');
    const existing = db
      .select({ id: articles.id, slug: articles.slug, wpHash: articles.wpHash })
      .from(articles)
      .where(eq(articles.wpPostId, decision.wpId))
      .get();
    progress.comments += record.comments.length;
    if (existing?.wpHash === hash) {
      summary.posts.unchanged++;
      summary.comments.unchanged += record.comments.length;
      return;
    }
    const converted = wordpressToMarkdown(decision.content, {
      galleryImages: (ids) => galleryImages(decision.wpId, ids),
    });
    for (const name of converted.unknownShortcodes) bump(summary.unknownShortcodes, name);
    const bodyMarkdown = converted.markdown;
    const bodyText = markdownToText(bodyMarkdown);
    const values = {
      title: decision.title,
      dek: decision.dek,
      bodyMarkdown,
      bodyHtml: renderMarkdown(bodyMarkdown),
      bodyText,
      readingMinutes: readingMinutesOfText(bodyText),
      status: decision.status,
      publishedAt: decision.publishedAt,
      updatedAt:
        decision.publishedAt && decision.modifiedAt && decision.modifiedAt > decision.publishedAt
          ? decision.modifiedAt
          : null,
      ...(decision.createdAt ? { createdAt: decision.createdAt } : {}),
      sectionId: decision.sectionNicename ? ensureSection(decision.sectionNicename) : fallbackSection(),
      authorId: ensureAuthor(decision.authorLogin || 'wordpress'),
      featured: decision.sticky,
      commentMode: decision.commentsOpen ? ('open' as const) : ('closed' as const),
      keepCommentsOpen: false,
      wpPostId: decision.wpId,
      wpHash: hash,
    };
    begin();
    let articleId: number;
    let slug: string;
    if (existing) {
      articleId = existing.id;
      slug = existing.slug;
      db.update(articles).set(values).where(eq(articles.id, articleId)).run();
      summary.posts.updated++;
    } else {
      slug = freeSlug(decision.slug, null);
      // The WordPress id is kept as the article id when it is free: feed guids (?p=<id>) stay the same.
      const idFree = !db.select({ id: articles.id }).from(articles).where(eq(articles.id, decision.wpId)).get();
      articleId = db
        .insert(articles)
        .values({ ...values, slug, ...(idFree ? { id: decision.wpId } : {}) })
        .returning({ id: articles.id })
        .get().id;
      summary.posts.imported++;
    }
    const tagIds = decision.tagNicenames.map(ensureTag);
    db.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
    if (tagIds.length)
      db.insert(articleTags)
        .values(tagIds.map((tagId) => ({ articleId, tagId })))
        .onConflictDoNothing()
        .run();
    const target = `/article/${slug}`;
    if (decision.oldPath) addRedirect(decision.oldPath, target);
    addRedirect(`/?p=${decision.wpId}`, target);
    if (slug !== decision.slug && !decision.oldPath) addRedirect(`/${decision.slug}`, target);
    const written = writeComments(record, articleId);
    wrote(1 + tagIds.length + written);
  }

  function fallbackSection(): number {
    if (!categoryNames.has('non-classe'))
      categoryNames.set('non-classe', { name: 'Non classé', termId: null, kind: 'category' });
    return ensureSection('non-classe');
  }

  function writeComments(record: WxrItem, articleId: number): number {
    const placed = new Map<number, ReplyTarget>();
    const decisions = record.comments.map((comment) => ({
      comment,
      decision: decideComment(comment, options.timeZone),
    }));
    const byWpId = new Map<number, (typeof decisions)[number]>();
    for (const entry of decisions) {
      const { decision } = entry;
      if (decision.kind === 'skip') bump(summary.comments.skipped, decision.reason);
      else if (decision.kind === 'invalid')
        summary.problems.push({ line: entry.comment.line, item: itemLabel(record), message: decision.message });
      else byWpId.set(decision.wpId, entry);
    }
    let rows = 0;
    const visiting = new Set<number>();
    const place = (wpId: number): ReplyTarget | null => {
      const done = placed.get(wpId);
      if (done) return done;
      const entry = byWpId.get(wpId);
      if (!entry || entry.decision.kind !== 'comment' || visiting.has(wpId)) return null;
      visiting.add(wpId);
      const decision = entry.decision;
      const parentTarget = decision.wpParentId === null ? null : place(decision.wpParentId);
      const stored = statements.storedComment.get(wpId) as
        | {
            id: number;
            threadId: number | null;
            depth: number;
            parentId: number | null;
            status: CommentStatus;
            body: string;
          }
        | undefined;
      const body = wordpressCommentToText(decision.content);
      let target: ReplyTarget;
      if (stored) {
        if (stored.status !== decision.status || stored.body !== body) {
          db.update(comments).set({ status: decision.status, body }).where(eq(comments.id, stored.id)).run();
          summary.comments.updated++;
          rows++;
        } else summary.comments.unchanged++;
        target = { ...stored, authorName: decision.authorName };
      } else {
        const { parent, replyToName } = placeReply(parentTarget, threadDepth);
        if (replyToName) summary.comments.flattened++;
        if (parentTarget) summary.comments.replies++;
        const email = decision.authorEmail.toLowerCase();
        const values = {
          articleId,
          parentId: parent?.id ?? null,
          threadId: parent ? (parent.threadId ?? parent.id) : null,
          depth: parent ? parent.depth + 1 : 0,
          replyToName,
          authorName: decision.authorName,
          authorEmail: sealEmail(email),
          // An empty e-mail must not make every anonymous commenter one "returning" person.
          authorEmailHash: emailHash(email || `wp-${wpId}@wordpress.invalid`),
          authorUrl: decision.authorUrl,
          body,
          status: decision.status,
          createdAt: decision.createdAt,
          ip: decision.ip,
          staffUserId: decision.wpUserId ? (authorsByWpId.get(decision.wpUserId) ?? null) : null,
          wpCommentId: wpId,
        };
        const id = Number(
          statements.insertComment.run({
            ...values,
            createdAt: values.createdAt.getTime(),
          }).lastInsertRowid,
        );
        target = {
          id,
          threadId: values.threadId,
          depth: values.depth,
          parentId: values.parentId,
          authorName: decision.authorName,
        };
        summary.comments.imported++;
        rows++;
      }
      summary.comments.byStatus[decision.status]++;
      placed.set(wpId, target);
      return target;
    };
    for (const wpId of byWpId.keys()) place(wpId);
    return rows;
  }

  return {
    progress,
    summary,
    add(record: WxrRecord) {
      begin();
      switch (record.kind) {
        case 'site':
          summary.wxrVersion = record.version;
          siteUrls.push(...[record.baseBlogUrl, record.link, record.baseSiteUrl].filter(Boolean));
          break;
        case 'author':
          author(record.fields, record.line);
          break;
        case 'category':
        case 'tag':
          term(record.kind, record.fields, record.line);
          break;
        case 'item':
          item(record);
          break;
      }
      if (pendingRows >= batchSize) commit();
    },
    /** Recomputes the comment counts of imported articles, then commits (or rolls back a dry run). */
    finish(): ImportSummary {
      begin();
      db.update(articles)
        .set({
          commentCount: sql`(select count(*) from ${comments} where ${comments.articleId} = ${articles.id} and ${comments.status} = 'approved')`,
        })
        .where(isNotNull(articles.wpPostId))
        .run();
      if (options.dryRun) sqlite.exec('ROLLBACK');
      else sqlite.exec('COMMIT');
      open = false;
      return summary;
    },
    /** Gives up: what was committed stays, the open batch is rolled back. */
    abort() {
      if (open) sqlite.exec('ROLLBACK');
      open = false;
    },
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Imports a WXR stream. A file that cannot be read (not XML, truncated, unknown version) throws a
 * WxrError naming the line; the batches committed before it stay, and a new run resumes from them.
 */
export async function importWordPress(
  source: AsyncIterable<string>,
  options: { dryRun: boolean; timeZone: string; batchSize?: number; onProgress?: (progress: Progress) => void },
): Promise<ImportSummary> {
  const importer = createWordPressImporter(options);
  try {
    for await (const record of readWxr(source)) {
      importer.add(record);
      options.onProgress?.(importer.progress);
    }
  } catch (error) {
    importer.abort();
    throw error;
  }
  return importer.finish();
}
