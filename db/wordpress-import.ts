import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { emailHash } from '@/lib/commenter-identity';
import { config } from '@/lib/config';
import { readingMinutesOfText, renderMarkdown, renderMarkdownWithText } from '@/lib/markdown';
import { pagePath } from '@/lib/page-form';
import { attachmentMetadata, isImageUrl, ownPath, uploadedImageUrls } from '@/lib/wordpress-media';
import { placeReply, type ReplyTarget } from '@/lib/reply-placement';
import { firstFreeSlug, slugify } from '@/lib/slug';
import { wordpressCommentToText, wordpressToMarkdown, type WpImage } from '@/lib/wordpress-content';
import { decideComment, decidePost, normaliseOldPath, oldSitePath, type PostDecision } from '@/lib/wordpress-item';
import type { ImportSummary } from '@/lib/wordpress-summary';
import type { CommentStatus } from '@/lib/vocabulary';
import { readWxr, type WxrItem, type WxrRecord } from '@/lib/wxr-reader';
import { KIOSQUE_META } from '@/lib/wxr-writer';
import { storedCommentEmail } from './comment-email';
import { db, sqlite } from './index';
import { articles as demoArticles } from './seed-content';
import { getSettings } from './settings';
import { articleRedirects, articles, articleTags, comments, sections, tags, users } from './schema';

type PostItem = Extract<PostDecision, { kind: 'post' }>;

// Bumped when the mapping changes, so a second run rewrites what the first one wrote the old way.
const MAPPING_VERSION = '2';

export type Progress = { items: number; comments: number };

type Attachment = {
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  parent: number;
};

/** A picture copied into the media store: its new address and size. */
export type CopiedImage = { src: string; width: number; height: number };
/** Copies an uploaded picture of the old site into the media store; null when its file is missing or unreadable. */
export type ImageCopier = (url: string) => Promise<CopiedImage | null>;

export type ImportOptions = {
  dryRun: boolean;
  timeZone: string;
  batchSize?: number;
  /** WordPress's permalink structure, when the export's links are not to be trusted. */
  permalink?: string | null;
  /** With --uploads: how pictures are copied. Without, they keep their WordPress addresses. */
  copyImage?: ImageCopier | null;
};

const emptySummary = (dryRun: boolean): ImportSummary => ({
  dryRun,
  wxrVersion: '',
  authors: { created: 0, reused: 0 },
  sections: { created: 0, reused: 0 },
  tags: { created: 0, reused: 0 },
  posts: { imported: 0, updated: 0, unchanged: 0, skipped: {} },
  pages: { imported: 0, updated: 0, unchanged: 0 },
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
  images: { copied: 0, missing: 0, kept: 0 },
  heroes: 0,
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
export function createWordPressImporter(options: ImportOptions) {
  const summary = emptySummary(options.dryRun);
  // Large transactions: a commit costs little with synchronous off, and a run killed between them resumes.
  const batchSize = options.batchSize ?? 20_000;
  const threadDepth = getSettings().threadDepth;
  const siteUrls: string[] = [];
  const authorsByLogin = new Map<string, number>();
  const authorsByWpId = new Map<number, number>();
  const categoryTerms = new Map<number, string>();
  const sectionsByNicename = new Map<string, number>();
  const tagsByNicename = new Map<string, number>();
  const categoryNames = new Map<string, { name: string; termId: number | null; kind: 'category' | 'tag' }>();
  const attachments = new Map<number, Attachment>();
  // Each post's featured image, set at the end: WordPress exports an attachment after the posts older than it.
  const heroes = new Map<number, number>();
  const copied = new Map<string, CopiedImage | null>();
  const keptImages = new Set<string>();
  const emailHashes = new Map<string, string>();
  const progress: Progress = { items: 0, comments: 0 };
  // Posts and comments are most of an archive: their statements are prepared once, not built per row.
  const statements = {
    articleByWp: sqlite.prepare('select id, slug, wp_hash as wpHash from articles where wp_post_id = ?'),
    idTaken: sqlite.prepare('select 1 from articles where id = ?').pluck(),
    slugTaken: sqlite
      .prepare('select 1 from articles where slug = ? union all select 1 from article_redirects where slug = ?')
      .pluck(),
    insertArticle: sqlite.prepare(
      `insert into articles (id, slug, title, dek, body_markdown, body_html, body_text, reading_minutes, status,
         published_at, updated_at, created_at, section_id, author_id, featured, comment_mode, keep_comments_open,
         wp_post_id, wp_hash)
       values (@id, @slug, @title, @dek, @bodyMarkdown, @bodyHtml, @bodyText, @readingMinutes, @status, @publishedAt,
         @updatedAt, coalesce(@createdAt, unixepoch('subsec') * 1000), @sectionId, @authorId, @featured, @commentMode,
         0, @wpPostId, @wpHash)`,
    ),
    updateArticle: sqlite.prepare(
      `update articles set title = @title, dek = @dek, body_markdown = @bodyMarkdown, body_html = @bodyHtml,
         body_text = @bodyText, reading_minutes = @readingMinutes, status = @status, published_at = @publishedAt,
         updated_at = @updatedAt, created_at = coalesce(@createdAt, created_at), section_id = @sectionId,
         author_id = @authorId, featured = @featured, comment_mode = @commentMode, keep_comments_open = 0,
         wp_hash = @wpHash
       where id = @id`,
    ),
    deleteTags: sqlite.prepare('delete from article_tags where article_id = ?'),
    insertTag: sqlite.prepare('insert or ignore into article_tags (article_id, tag_id) values (?, ?)'),
    upsertRedirect: sqlite.prepare(
      `insert into redirects (path, target, origin) values (?, ?, 'wordpress')
       on conflict (path) do update set target = excluded.target where redirects.target <> excluded.target`,
    ),
    setHero: sqlite.prepare(
      `update articles set hero_src = @src, hero_width = @width, hero_height = @height, hero_alt = @alt,
         hero_caption = @caption, hero_credit = @credit
       where wp_post_id = @wpPostId and (hero_src is not @src or hero_width is not @width or hero_height is not @height
         or hero_alt is not @alt or hero_caption is not @caption or hero_credit is not @credit)`,
    ),
    pageByWp: sqlite.prepare('select id, slug, wp_hash as wpHash from pages where wp_post_id = ?'),
    pageSlugTaken: sqlite.prepare('select 1 from pages where slug = ?').pluck(),
    insertPage: sqlite.prepare(
      `insert into pages (slug, title, body_markdown, body_html, status, in_footer, footer_position, created_at,
         updated_at, wp_post_id, wp_hash)
       values (@slug, @title, @bodyMarkdown, @bodyHtml, @status, @inFooter, @footerPosition,
         coalesce(@createdAt, unixepoch('subsec') * 1000), @updatedAt, @wpPostId, @wpHash)`,
    ),
    // Staff's choice of the footer stays unless the export itself lists the page there (an export of this site).
    updatePage: sqlite.prepare(
      `update pages set title = @title, body_markdown = @bodyMarkdown, body_html = @bodyHtml, status = @status,
         in_footer = case when @inFooter then 1 else in_footer end,
         footer_position = case when @inFooter then @footerPosition else footer_position end,
         created_at = coalesce(@createdAt, created_at), updated_at = @updatedAt, wp_hash = @wpHash,
         version = version + 1
       where id = @id`,
    ),
    updateComment: sqlite.prepare('update comments set status = ?, body = ? where id = ?'),
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
    summary.redirects += statements.upsertRedirect.run(path, target).changes;
  }

  /** A slug no other article holds or held (as staff-articles' freeSlug), read through prepared statements. */
  function freeSlug(base: string): string {
    return firstFreeSlug(base, 'article', (slug) => !statements.slugTaken.get(slug, slug));
  }

  /** A slug no other page holds: pages have their own addresses (/page/<slug>), apart from articles'. */
  function freePageSlug(base: string): string {
    return firstFreeSlug(base, 'page', (slug) => !statements.pageSlugTaken.get(slug));
  }

  function hashOfEmail(email: string): string {
    let hash = emailHashes.get(email);
    if (hash === undefined) emailHashes.set(email, (hash = emailHash(email)));
    return hash;
  }

  /** The post's pictures as copied (with --uploads) or as they were; the old address of each copy leads to it. */
  function rewriteImages(markdown: string, content: string): string {
    let out = markdown;
    for (const url of uploadedImageUrls(content)) {
      const image = copied.get(url);
      if (image) out = out.split(url).join(image.src);
      else keptImages.add(url);
    }
    return out;
  }

  function term(kind: 'category' | 'tag', fields: Record<string, string>, meta: Record<string, string>, line: number) {
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
    if (kind === 'category' && meta[KIOSQUE_META.section]) ensureSection(nicename);
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
    return chosen.map((a) => {
      const image = copied.get(a.url);
      if (!image) keptImages.add(a.url);
      return { src: image?.src ?? a.url, alt: a.alt };
    });
  }

  function item(record: WxrItem) {
    progress.items++;
    if (record.fields['wp:post_type']?.trim() === 'attachment') {
      const id = Number(record.fields['wp:post_id']);
      const url = record.fields['wp:attachment_url']?.trim();
      if (id > 0 && url) {
        const metadata = attachmentMetadata(record.meta._wp_attachment_metadata);
        attachments.set(id, {
          url,
          alt: record.meta._wp_attachment_image_alt?.trim() ?? '',
          caption: (record.fields['excerpt:encoded'] ?? '').replace(/<[^>]+>/g, '').trim(),
          credit: metadata.credit,
          width: metadata.width,
          height: metadata.height,
          parent: Number(record.fields['wp:post_parent']) || 0,
        });
        const image = copied.get(url);
        const oldPath = oldSitePath(url, siteUrls);
        if (image && oldPath) addRedirect(oldPath, image.src);
      }
    }
    const decision = decidePost(record, {
      timeZone: options.timeZone,
      siteUrls,
      categoryNicename: (termId) => categoryTerms.get(termId),
      permalink: options.permalink,
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
    for (const url of uploadedImageUrls(decision.content)) {
      const image = copied.get(url);
      const oldPath = image && oldSitePath(url, siteUrls);
      if (image && oldPath) addRedirect(oldPath, image.src);
    }
    const hash = createHash('sha1')
      .update(MAPPING_VERSION)
      .update(options.copyImage ? 'uploads' : '')
      .update(options.permalink ?? '')
      .update(
        JSON.stringify([record.fields, record.categories, record.meta, record.comments.map((c) => [c.fields, c.meta])]),
      )
      .digest('base64');
    if (decision.postType === 'page') return page(record, decision, hash);
    if (decision.thumbnailId) heroes.set(decision.wpId, decision.thumbnailId);
    const existing = statements.articleByWp.get(decision.wpId) as
      { id: number; slug: string; wpHash: string | null } | undefined;
    progress.comments += record.comments.length;
    if (existing?.wpHash === hash) {
      summary.posts.unchanged++;
      for (const comment of record.comments) {
        const type = comment.fields['wp:comment_type']?.trim();
        if (type === 'pingback' || type === 'trackback') bump(summary.comments.skipped, type);
        else summary.comments.unchanged++;
      }
      return;
    }
    const bodyMarkdown = markdownOf(decision);
    const rendered = renderMarkdownWithText(bodyMarkdown);
    const values = {
      title: decision.title,
      dek: decision.dek,
      bodyMarkdown,
      bodyHtml: rendered.html,
      bodyText: rendered.text,
      readingMinutes: readingMinutesOfText(rendered.text),
      status: decision.status,
      publishedAt: decision.publishedAt?.getTime() ?? null,
      updatedAt:
        decision.publishedAt && decision.modifiedAt && decision.modifiedAt > decision.publishedAt
          ? decision.modifiedAt.getTime()
          : null,
      createdAt: decision.createdAt?.getTime() ?? null,
      sectionId: decision.sectionNicename ? ensureSection(decision.sectionNicename) : fallbackSection(),
      authorId: ensureAuthor(decision.authorLogin || 'wordpress'),
      featured: decision.sticky ? 1 : 0,
      commentMode: decision.commentMode,
      wpPostId: decision.wpId,
      wpHash: hash,
    };
    begin();
    let articleId: number;
    let slug: string;
    if (existing) {
      articleId = existing.id;
      slug = existing.slug;
      statements.updateArticle.run({ ...values, id: articleId });
      summary.posts.updated++;
    } else {
      slug = freeSlug(decision.slug);
      // The WordPress id is kept as the article id when it is free: feed guids (?p=<id>) stay the same.
      const id = statements.idTaken.get(decision.wpId) ? null : decision.wpId;
      articleId = Number(statements.insertArticle.run({ ...values, id, slug }).lastInsertRowid);
      summary.posts.imported++;
    }
    const tagIds = decision.tagNicenames.map(ensureTag);
    statements.deleteTags.run(articleId);
    for (const tagId of tagIds) statements.insertTag.run(articleId, tagId);
    const target = `/article/${slug}`;
    if (decision.oldPath) addRedirect(decision.oldPath, target);
    addRedirect(`/?p=${decision.wpId}`, target);
    if (slug !== decision.slug && !decision.oldPath) addRedirect(`/${decision.slug}`, target);
    const written = writeComments(record, articleId);
    wrote(1 + tagIds.length + written);
  }

  /** The Markdown the editor edits: an export of this site's own, or the WordPress content converted. */
  function markdownOf(decision: PostItem): string {
    if (decision.markdown !== null) return decision.markdown;
    const converted = wordpressToMarkdown(decision.content, {
      galleryImages: (ids) => galleryImages(decision.wpId, ids),
    });
    for (const name of converted.unknownShortcodes) bump(summary.unknownShortcodes, name);
    return rewriteImages(converted.markdown, decision.content);
  }

  /**
   * A WordPress page becomes one of the site's pages, converted as posts are; its old permalink and
   * /?page_id= lead to /page/<slug>. Pages take no comments here: theirs are counted as skipped.
   */
  function page(record: WxrItem, decision: PostItem, hash: string) {
    progress.comments += record.comments.length;
    for (let i = 0; i < record.comments.length; i++) bump(summary.comments.skipped, 'sur une page');
    const existing = statements.pageByWp.get(decision.wpId) as
      { id: number; slug: string; wpHash: string | null } | undefined;
    if (existing?.wpHash === hash) {
      summary.pages.unchanged++;
      return;
    }
    const bodyMarkdown = markdownOf(decision);
    const values = {
      title: decision.title,
      bodyMarkdown,
      bodyHtml: renderMarkdown(bodyMarkdown),
      status: decision.status,
      inFooter: decision.inFooter ? 1 : 0,
      footerPosition: decision.menuOrder,
      createdAt: decision.createdAt?.getTime() ?? null,
      updatedAt: decision.modifiedAt?.getTime() ?? null,
      wpPostId: decision.wpId,
      wpHash: hash,
    };
    begin();
    let slug: string;
    if (existing) {
      slug = existing.slug;
      statements.updatePage.run({ ...values, id: existing.id });
      summary.pages.updated++;
    } else {
      slug = freePageSlug(decision.slug);
      statements.insertPage.run({ ...values, slug });
      summary.pages.imported++;
    }
    const target = pagePath(slug);
    if (decision.oldPath) addRedirect(decision.oldPath, target);
    // WordPress answers /?page_id=ID and /?p=ID alike: both are looked up as /?p=ID (lib/old-address.ts).
    addRedirect(`/?p=${decision.wpId}`, target);
    if (!decision.oldPath) addRedirect(`/${decision.slug}`, target);
    wrote(1);
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
          statements.updateComment.run(decision.status, body, stored.id);
          summary.comments.updated++;
          rows++;
        } else summary.comments.unchanged++;
        target = { ...stored, authorName: decision.authorName };
      } else {
        const placement = placeReply(parentTarget, threadDepth);
        const parent = placement.parent;
        const replyToName = placement.replyToName ?? decision.replyToName;
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
          authorEmail: storedCommentEmail(email),
          // An empty e-mail must not make every anonymous commenter one "returning" person.
          authorEmailHash: email ? hashOfEmail(email) : emailHash(`wp-${wpId}@wordpress.invalid`),
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

  /** The featured images, once every attachment has been read: alt, caption and credit from the attachment. */
  function setHeroes() {
    for (const [wpPostId, thumbnailId] of heroes) {
      const attachment = attachments.get(thumbnailId);
      if (!attachment) continue;
      const image = copied.get(attachment.url);
      if (!image) keptImages.add(attachment.url);
      summary.heroes += statements.setHero.run({
        wpPostId,
        src: image?.src ?? ownPath(attachment.url, config.siteUrl),
        width: image?.width ?? attachment.width,
        height: image?.height ?? attachment.height,
        alt: attachment.alt || null,
        caption: attachment.caption || null,
        credit: attachment.credit || null,
      }).changes;
    }
    summary.images.kept = keptImages.size;
  }

  return {
    progress,
    summary,
    /** With --uploads, copies the pictures a record uses before it is written (copying is asynchronous, writing is not). */
    async copyImages(record: WxrRecord) {
      if (!options.copyImage || record.kind !== 'item') return;
      const urls =
        record.fields['wp:post_type']?.trim() === 'attachment'
          ? [record.fields['wp:attachment_url']?.trim() ?? ''].filter(isImageUrl)
          : uploadedImageUrls(record.fields['content:encoded'] ?? '');
      for (const url of urls) {
        if (copied.has(url)) continue;
        const image = await options.copyImage(url);
        copied.set(url, image);
        if (image) summary.images.copied++;
        else summary.images.missing++;
      }
    },
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
          term(record.kind, record.fields, record.meta, record.line);
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
      setHeroes();
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
  options: ImportOptions & { onProgress?: (progress: Progress) => void },
): Promise<ImportSummary> {
  // Durability against a power cut is not needed while importing (a killed run is resumed by running it
  // again; WAL keeps the file whole when the process dies), and a larger page cache (32 MB) keeps most of the comments'
  // eight indexes in memory.
  const synchronous = sqlite.pragma('synchronous', { simple: true });
  const cacheSize = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -32768');
  const importer = createWordPressImporter(options);
  try {
    for await (const record of readWxr(source)) {
      await importer.copyImages(record);
      importer.add(record);
      options.onProgress?.(importer.progress);
    }
    return importer.finish();
  } catch (error) {
    importer.abort();
    throw error;
  } finally {
    sqlite.pragma(`synchronous = ${synchronous}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}
