import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  articleStatuses,
  commenterRuleKinds,
  commentModes,
  commentStatuses,
  reportReasons,
  roles,
} from '../lib/vocabulary';

// Times are stored as milliseconds since the epoch (UTC); the site shows them in SITE_TIMEZONE.
const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  // The WordPress category it was imported from (scripts/import-wordpress.ts): a second import finds it again.
  wpTermId: integer('wp_term_id').unique(),
});

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  wpTermId: integer('wp_term_id').unique(),
});

/** Staff accounts; they are also the articles' bylines. A user without a password hash cannot sign in. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  role: text('role', { enum: roles }).notNull(),
  passwordHash: text('password_hash'),
  bio: text('bio').notNull().default(''),
  avatar: text('avatar'),
  disabledAt: timestamp('disabled_at'),
  createdAt: createdAt(),
  // The WordPress author (wp:author_login) this byline was imported from.
  wpLogin: text('wp_login').unique(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    dek: text('dek').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    // Rendered once, on write, by lib/markdown.ts (the one sanitising renderer).
    bodyHtml: text('body_html').notNull(),
    // Its plain words (lib/markdown.ts markdownToText), written beside body_html: what search indexes.
    bodyText: text('body_text').notNull().default(''),
    readingMinutes: integer('reading_minutes').notNull().default(1),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    publishedAt: timestamp('published_at'),
    updatedAt: timestamp('updated_at'),
    createdAt: createdAt(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    source: text('source'),
    heroSrc: text('hero_src'),
    heroWidth: integer('hero_width'),
    heroHeight: integer('hero_height'),
    heroAlt: text('hero_alt'),
    heroCaption: text('hero_caption'),
    heroCredit: text('hero_credit'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    commentMode: text('comment_mode', { enum: commentModes }).notNull().default('open'),
    // Comments close by themselves some days after publication unless staff keep them open.
    keepCommentsOpen: integer('keep_comments_open', { mode: 'boolean' }).notNull().default(false),
    // Denormalised count of approved comments, kept by db/comments.ts in the same transaction.
    commentCount: integer('comment_count').notNull().default(0),
    // The WordPress post it was imported from, and a hash of what was imported: an unchanged item is skipped.
    wpPostId: integer('wp_post_id').unique(),
    wpHash: text('wp_hash'),
  },
  (t) => [
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_section_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_author_idx').on(t.authorId, t.status, t.publishedAt),
    index('articles_featured_idx').on(t.featured, t.status, t.publishedAt),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

/** Old slugs of renamed articles, answered with a permanent redirect. */
export const articleRedirects = sqliteTable('article_redirects', {
  slug: text('slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
});

export const redirectOrigins = ['wordpress', 'staff'] as const;

/** Old addresses of the site (a WordPress permalink, a path staff typed), answered with a 301 where no page matches. */
export const redirects = sqliteTable('redirects', {
  // The path as requested, without the trailing slash, query string included when it matters ("/?p=12").
  path: text('path').primaryKey(),
  target: text('target').notNull(),
  origin: text('origin', { enum: redirectOrigins }).notNull(),
  createdAt: createdAt(),
});

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id, { onDelete: 'set null' }),
    // The top-level comment of the thread (null for a top-level comment), so a page of threads is one query.
    threadId: integer('thread_id'),
    depth: integer('depth').notNull().default(0),
    // Set when a reply deeper than the thread depth was attached higher up: "en réponse à X".
    replyToName: text('reply_to_name'),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull(),
    // Keyed hash of the normalised e-mail: the policy matches commenters by it, never by name.
    authorEmailHash: text('author_email_hash').notNull(),
    authorUrl: text('author_url'),
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull(),
    heldReason: text('held_reason'),
    reportCount: integer('report_count').notNull().default(0),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at'),
    // Who changed the text last: the public page marks it "modifié" either way, staff see which.
    editedBy: text('edited_by', { enum: ['author', 'staff'] }),
    // Deleted by its author while it had replies: kept, emptied of text and personal data, so they stay
    // in place under "Commentaire supprimé par son auteur".
    deletedAt: timestamp('deleted_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    staffUserId: integer('staff_user_id').references(() => users.id, { onDelete: 'set null' }),
    wpCommentId: integer('wp_comment_id').unique(),
  },
  (t) => [
    index('comments_article_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_thread_idx').on(t.articleId, t.threadId),
    index('comments_status_idx').on(t.status, t.createdAt),
    // The moderation queue's tab counts (pending and unreported, reported), read from the index alone.
    index('comments_status_reports_idx').on(t.status, t.reportCount),
    // The approved tab's count leaves out authors' deleted comments kept for their replies, from the index alone.
    index('comments_status_deleted_idx').on(t.status, t.deletedAt),
    index('comments_email_idx').on(t.authorEmailHash, t.createdAt),
    index('comments_ip_idx').on(t.ip, t.createdAt),
    index('comments_parent_idx').on(t.parentId),
  ],
);

export const commentReports = sqliteTable(
  'comment_reports',
  {
    id: integer('id').primaryKey(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    // Keyed hash of the reader's signed cookie id: one report per reader and comment.
    reporterHash: text('reporter_hash').notNull(),
    // Keyed hash of the client address: a reader who drops the cookie is still the same reader.
    addressHash: text('address_hash'),
    reason: text('reason', { enum: reportReasons }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comment_reports_once_idx').on(t.commentId, t.reporterHash),
    index('comment_reports_address_idx').on(t.addressHash, t.createdAt),
  ],
);

/**
 * An article's comments held for a while because too many came at once (lib/surge.ts). Ended early by
 * setting ends_at to the moment staff ended it; extended by moving it later. Each change is audited.
 */
export const commentSurges = sqliteTable(
  'comment_surges',
  {
    id: integer('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    startedAt: timestamp('started_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
  },
  (t) => [index('comment_surges_article_idx').on(t.articleId, t.endsAt), index('comment_surges_ends_idx').on(t.endsAt)],
);

/** Staff decisions about a commenter ("Toujours approuver", "Bloquer") that feed the moderation policy. */
export const commenterRules = sqliteTable(
  'commenter_rules',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: commenterRuleKinds }).notNull(),
    emailHash: text('email_hash'),
    ip: text('ip'),
    expiresAt: timestamp('expires_at'),
    createdAt: createdAt(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('commenter_rules_email_idx').on(t.emailHash), index('commenter_rules_ip_idx').on(t.ip)],
);

/** Key/value settings; lib/settings.ts holds their types and defaults. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: createdAt(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: integer('target_id'),
    details: text('details'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
);

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: integer('success', { mode: 'boolean' }).notNull(),
    at: createdAt(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);

/**
 * One row per open staff session: the session cookie names its id, and the guard checks the row on every
 * request. Signing out deletes it; a password change or a disabled account deletes all of a member's.
 */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    // Written at most once a minute (lib/staff-session.ts): what the idle timeout reads.
    lastSeenAt: timestamp('last_seen_at').notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId), index('staff_sessions_last_seen_idx').on(t.lastSeenAt)],
);
