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
  accountLinkPurposes,
  articleStatuses,
  commenterRuleKinds,
  commentModes,
  commentStatuses,
  digestFrequencies,
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
  lastSignInAt: timestamp('last_sign_in_at'),
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
    // Raised by every save: a form carries the version it was opened at, so a save over someone else's is refused.
    version: integer('version').notNull().default(1),
    // In the trash: hidden everywhere, its address answers 410; purged for good after 30 days (db/trash.ts).
    trashedAt: timestamp('trashed_at'),
  },
  (t) => [
    // trashed_at last: the public reads (isPublic) and search stay within these indexes, trash and all.
    index('articles_status_published_idx').on(t.status, t.publishedAt, t.trashedAt),
    index('articles_section_idx').on(t.sectionId, t.status, t.publishedAt, t.trashedAt),
    index('articles_author_idx').on(t.authorId, t.status, t.publishedAt),
    index('articles_featured_idx').on(t.featured, t.status, t.publishedAt),
    index('articles_trashed_idx').on(t.trashedAt),
  ],
);

/**
 * The site's own pages ("À propos", "Mentions légales", "Contact"): edited like articles, at /page/<slug>,
 * without comments, section or byline; staff choose which the footer lists, and in what order.
 */
export const pages = sqliteTable(
  'pages',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    // Rendered once, on write, by lib/markdown.ts (the one sanitising renderer).
    bodyHtml: text('body_html').notNull(),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    inFooter: integer('in_footer', { mode: 'boolean' }).notNull().default(false),
    footerPosition: integer('footer_position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
    version: integer('version').notNull().default(1),
    // The WordPress page it was imported from, and a hash of what was imported: an unchanged item is skipped.
    wpPostId: integer('wp_post_id').unique(),
    wpHash: text('wp_hash'),
  },
  (t) => [index('pages_footer_idx').on(t.inFooter, t.status, t.footerPosition)],
);

export const revisionKinds = ['save', 'restore', 'autosave'] as const;

/** The text of an article as each save left it (never overwritten), with who saved it; an autosave row is replaced. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: revisionKinds }).notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    dek: text('dek').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
);

/** Dated correction notes shown at the end of a published article. */
export const articleCorrections = sqliteTable(
  'article_corrections',
  {
    id: integer('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId, t.createdAt)],
);

/** Addresses of articles purged from the trash: they keep answering 410 until a new article takes them. */
export const articleTombstones = sqliteTable('article_tombstones', {
  slug: text('slug').primaryKey(),
  deletedAt: timestamp('deleted_at').notNull(),
});

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
    // A returning commenter's approved count, read on every post: by the commenter, not by the status.
    index('comments_email_status_idx').on(t.authorEmailHash, t.status),
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

/**
 * Single-use links that let a member set a password: an invitation, a reset by an admin, or "Mot de passe
 * oublié". Only a keyed hash of the token is kept, so a copy of the database opens no account.
 */
export const accountLinks = sqliteTable(
  'account_links',
  {
    id: integer('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: accountLinkPurposes }).notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
    // Null when the member asked for it themselves ("Mot de passe oublié").
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('account_links_user_idx').on(t.userId, t.purpose)],
);

/** "Mot de passe oublié" requests, for their rate limit: by keyed hash of the address typed, and by client address. */
export const passwordResetRequests = sqliteTable(
  'password_reset_requests',
  {
    id: integer('id').primaryKey(),
    emailHash: text('email_hash').notNull(),
    ip: text('ip').notNull(),
    at: createdAt(),
  },
  (t) => [
    index('password_reset_requests_email_idx').on(t.emailHash, t.at),
    index('password_reset_requests_ip_idx').on(t.ip, t.at),
  ],
);

export const mailStatuses = ['pending', 'sending', 'retrying', 'sent', 'failed'] as const;

/**
 * The outbox: every message the site sends is queued here, in the transaction of the change that causes it,
 * and sent by the server's worker (app/_server/mail-worker.ts). The recipient and the body are sealed at rest
 * (a body may hold a confirmation or sign-in link); the keyed hash of the address matches without opening it.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    recipientSealed: text('recipient_sealed').notNull(),
    recipientHash: text('recipient_hash').notNull(),
    subject: text('subject').notNull(),
    // Sealed JSON of the text, the HTML and the unsubscribe address; emptied once sent.
    contentSealed: text('content_sealed'),
    status: text('status', { enum: mailStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at'),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('mail_outbox_recipient_idx').on(t.recipientHash, t.createdAt),
  ],
);

/**
 * Addresses that asked for e-mail about comments, by the keyed hash of the address; sealed at rest. Nothing
 * but a confirmation is ever sent to one whose `confirmed_at` is null (double opt-in).
 */
export const mailAddresses = sqliteTable('mail_addresses', {
  emailHash: text('email_hash').primaryKey(),
  emailSealed: text('email_sealed').notNull(),
  confirmedAt: timestamp('confirmed_at'),
  createdAt: createdAt(),
});

/** "Me prévenir par e-mail des réponses à mon commentaire": who follows the replies to which comment. */
export const mailSubscriptions = sqliteTable(
  'mail_subscriptions',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash')
      .notNull()
      .references(() => mailAddresses.emailHash, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.emailHash] }), index('mail_subscriptions_email_idx').on(t.emailHash)],
);

/** Each confirmation link sent, for the limits per address and per client address (keyed hash). */
export const mailConfirmations = sqliteTable(
  'mail_confirmations',
  {
    id: integer('id').primaryKey(),
    emailHash: text('email_hash').notNull(),
    ipHash: text('ip_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_confirmations_email_idx').on(t.emailHash, t.createdAt),
    index('mail_confirmations_ip_idx').on(t.ipHash, t.createdAt),
  ],
);

/** The notices already queued about a comment, so an approval undone and made again sends nothing twice. */
export const mailNotices = sqliteTable(
  'mail_notices',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.emailHash, t.kind] })],
);

/**
 * A moderator's digest of pending comments: how often they want it, and the period the last one was queued
 * for (its start), so no period is ever sent twice, whatever restarts or concurrent ticks (db/moderation-digests.ts).
 */
export const moderationDigests = sqliteTable('moderation_digests', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  frequency: text('frequency', { enum: digestFrequencies }).notNull().default('none'),
  lastPeriodStart: timestamp('last_period_start'),
});

/**
 * The media library: every picture staff uploaded, stored once under the hash of its content
 * (lib/media-store.ts), with the words it carries wherever it is used.
 */
export const mediaItems = sqliteTable(
  'media_items',
  {
    id: integer('id').primaryKey(),
    src: text('src').notNull().unique(),
    // The file's name as uploaded, to find it again; never used as a path.
    name: text('name').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption'),
    credit: text('credit'),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('media_items_created_idx').on(t.createdAt)],
);

export const dataAccessKinds = ['link', 'session'] as const;

/**
 * "Mes données": the single-use links e-mailed to a commenter, and the short sessions a link opens once used.
 * Only a keyed hash of each token is kept, with the keyed hash of the address it gives access to.
 */
export const dataAccessTokens = sqliteTable(
  'data_access_tokens',
  {
    id: integer('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    emailHash: text('email_hash').notNull(),
    kind: text('kind', { enum: dataAccessKinds }).notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('data_access_tokens_email_idx').on(t.emailHash, t.kind),
    index('data_access_tokens_expires_idx').on(t.expiresAt),
  ],
);

/** "Mes données" link requests, for the limits per address and per client address (keyed hashes). */
export const dataAccessRequests = sqliteTable(
  'data_access_requests',
  {
    id: integer('id').primaryKey(),
    emailHash: text('email_hash').notNull(),
    ipHash: text('ip_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    index('data_access_requests_email_idx').on(t.emailHash, t.createdAt),
    index('data_access_requests_ip_idx').on(t.ipHash, t.createdAt),
  ],
);
