/*
 * The words the database and the rules share: each list is a column's allowed values in db/schema.ts and
 * the type the rules in lib/ reason about. It lives in lib/ because db/ may import lib/ and lib/ may not
 * import db/; the labels live in the message catalog.
 */

/** Staff roles; what each may do is lib/roles.ts. */
export const roles = ['admin', 'editor', 'moderator'] as const;
export type Role = (typeof roles)[number];

/** What a single-use account link does: set a first password (an invitation) or a new one. */
export const accountLinkPurposes = ['invite', 'reset'] as const;
export type AccountLinkPurpose = (typeof accountLinkPurposes)[number];

export const articleStatuses = ['draft', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** An article's discussion: open, every comment held for moderation, or closed by staff. */
export const commentModes = ['open', 'moderated', 'closed'] as const;
export type CommentMode = (typeof commentModes)[number];

export const commentStatuses = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

/** Why a reader reports a comment. */
export const reportReasons = ['spam', 'insulte', 'hors-sujet', 'autre'] as const;
export type ReportReason = (typeof reportReasons)[number];

/** Staff decisions about a commenter: "Toujours approuver", "Bloquer". */
export const commenterRuleKinds = ['trust', 'block'] as const;
export type CommenterRuleKind = (typeof commenterRuleKinds)[number];

/** How often a moderator receives the digest of pending comments (their own choice, in their account). */
export const digestFrequencies = ['none', 'hourly', 'daily'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];
