import { parseLocalDateTime } from './local-time';
import { FOOTER_POSITION_MAX } from './page-form';
import { slugify } from './slug';
import type { WxrComment, WxrItem } from './wxr-reader';
import { KIOSQUE_META } from './wxr-writer';

// What a WXR item and its comments become here, decided without the database: statuses, dates, slugs,
// section and tags, and the old addresses to keep. db/wordpress-import.ts writes the result.

export type PostDecision =
  | { kind: 'skip'; reason: string }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'post';
      /** A post becomes an article, a page one of the site's pages (/page/<slug>). */
      postType: 'post' | 'page';
      wpId: number;
      title: string;
      slug: string;
      dek: string;
      content: string;
      status: 'draft' | 'published';
      publishedAt: Date | null;
      createdAt: Date | null;
      modifiedAt: Date | null;
      authorLogin: string;
      sectionNicename: string | null;
      tagNicenames: string[];
      sticky: boolean;
      commentMode: 'open' | 'moderated' | 'closed';
      /** The Markdown of an article exported by this site (postmeta _kiosque_markdown): taken as it is. */
      markdown: string | null;
      /** The path the post had on WordPress ("/2015/01/hello"), when the export gives it. */
      oldPath: string | null;
      thumbnailId: number | null;
      /** A page's place among the others (wp:menu_order): its order in the footer, should staff list it there. */
      menuOrder: number;
      /** A page this site listed in its footer (postmeta _kiosque_footer, in its own exports). */
      inFooter: boolean;
      notes: string[];
    };

const ZERO_DATE = /^0000-00-00/;

/** post_date_gmt, or when WordPress left it zero (drafts), the local post_date in the site's time zone. */
export function wordpressDate(gmt: string | undefined, local: string | undefined, timeZone: string): Date | null {
  const utc = gmt?.trim();
  if (utc && !ZERO_DATE.test(utc)) {
    const date = new Date(`${utc.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const wall = local?.trim();
  if (!wall || ZERO_DATE.test(wall)) return null;
  return parseLocalDateTime(wall.replace(' ', 'T'), timeZone);
}

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The path of an address on the old site, decoded, without its trailing slash: how redirects are keyed. */
export function oldSitePath(url: string, siteUrls: string[]): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, siteUrls[0] || 'http://wordpress.invalid');
  } catch {
    return null;
  }
  const sameSite = siteUrls.some((site) => {
    try {
      return new URL(site).host === parsed.host;
    } catch {
      return false;
    }
  });
  if (!sameSite && siteUrls.length) return null;
  return normaliseOldPath(parsed.pathname + parsed.search);
}

export function normaliseOldPath(pathAndQuery: string): string {
  const [pathname, query = ''] = pathAndQuery.split('?', 2);
  const path = decodeSlug(pathname).replace(/\/+$/, '') || '/';
  return query ? `${path}?${query}` : path;
}

const required = ['wp:post_id', 'wp:post_type'];

export type PostContext = {
  timeZone: string;
  siteUrls: string[];
  /** The nicename of a category by its term id (Yoast's primary category names a term id). */
  categoryNicename: (termId: number) => string | undefined;
  /** WordPress's permalink structure (--permalink), when the export's links are not to be trusted. */
  permalink?: string | null;
};

/**
 * A post's address under a WordPress permalink structure ("/%year%/%monthnum%/%postname%/"), from its
 * local date as WordPress builds it; null when a tag of the structure cannot be filled.
 */
export function permalinkPath(
  structure: string,
  post: { localDate: string; postName: string; wpId: number; category: string | null; author: string },
): string | null {
  const date = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(post.localDate.trim());
  const values: Record<string, string | null> = {
    year: date?.[1] ?? null,
    monthnum: date?.[2] ?? null,
    day: date?.[3] ?? null,
    hour: date?.[4] ?? null,
    minute: date?.[5] ?? null,
    second: date?.[6] ?? null,
    postname: post.postName || null,
    post_id: String(post.wpId),
    category: post.category,
    author: post.author || null,
  };
  let missing = false;
  const path = structure.replace(/%([a-z_]+)%/g, (whole, tag: string) => {
    const value = tag in values ? values[tag] : null;
    if (value === null) missing = true;
    return value ?? '';
  });
  return missing ? null : normaliseOldPath(path.startsWith('/') ? path : `/${path}`);
}

export function decidePost(item: WxrItem, context: PostContext): PostDecision {
  const missing = required.filter((field) => !item.fields[field]?.trim());
  if (missing.length) return { kind: 'invalid', message: `champ requis absent : ${missing.join(', ')}` };
  const wpId = Number(item.fields['wp:post_id']);
  if (!Number.isSafeInteger(wpId) || wpId <= 0)
    return { kind: 'invalid', message: `wp:post_id « ${item.fields['wp:post_id']} » n’est pas un nombre` };
  const type = item.fields['wp:post_type'].trim();
  if (type !== 'post' && type !== 'page') return { kind: 'skip', reason: `type ${type}` };
  const wpStatus = item.fields['wp:status']?.trim() || 'draft';
  if (wpStatus === 'trash') return { kind: 'skip', reason: 'corbeille' };
  if (wpStatus === 'auto-draft' || wpStatus === 'inherit') return { kind: 'skip', reason: `statut ${wpStatus}` };
  const notes: string[] = [];
  // A page has no publication time to wait for: a scheduled one waits as a draft.
  let status: 'draft' | 'published' =
    wpStatus === 'publish' || (wpStatus === 'future' && type === 'post') ? 'published' : 'draft';
  if (wpStatus === 'future' && type === 'page') notes.push('page programmée : importée en brouillon');
  if (item.fields['wp:post_password']?.trim()) {
    status = 'draft';
    notes.push('protégé par mot de passe : importé en brouillon');
  }
  const date = wordpressDate(item.fields['wp:post_date_gmt'], item.fields['wp:post_date'], context.timeZone);
  const title = item.fields.title?.trim() ?? '';
  const postName = decodeSlug(item.fields['wp:post_name']?.trim() ?? '');
  const categories = item.categories.filter((c) => c.domain === 'category' && c.nicename);
  const primaryNicename = context.categoryNicename(Number(item.meta._yoast_wpseo_primary_category));
  const primary = categories.find((c) => c.nicename === primaryNicename) ?? categories[0];
  const tagNicenames = [
    ...categories.filter((c) => c !== primary),
    ...item.categories.filter((c) => c.domain === 'post_tag' && c.nicename),
  ].map((c) => c.nicename);
  const thumbnail = Number(item.meta._thumbnail_id);
  const wpCommentStatus = item.fields['wp:comment_status']?.trim() ?? 'open';
  const rawName = item.fields['wp:post_name']?.trim() ?? '';
  const authorLogin = item.fields['dc:creator']?.trim() ?? '';
  const oldPath = context.permalink
    ? permalinkPath(context.permalink, {
        localDate: item.fields['wp:post_date'] ?? '',
        postName: rawName,
        wpId,
        category: primary?.nicename ?? null,
        author: authorLogin,
      })
    : oldSitePath(item.fields.link ?? '', context.siteUrls);
  const menuOrder = Number(item.fields['wp:menu_order']);
  return {
    kind: 'post',
    postType: type,
    wpId,
    title: title || `(sans titre ${wpId})`,
    slug: slugify(postName) || slugify(title) || `article-${wpId}`,
    dek: (item.fields['excerpt:encoded'] ?? '').replace(/<[^>]+>/g, '').trim(),
    content: item.fields['content:encoded'] ?? '',
    status,
    publishedAt: status === 'published' ? date : null,
    createdAt: date,
    modifiedAt: wordpressDate(item.fields['wp:post_modified_gmt'], item.fields['wp:post_modified'], context.timeZone),
    authorLogin,
    sectionNicename: primary?.nicename ?? null,
    tagNicenames: [...new Set(tagNicenames)],
    sticky: item.fields['wp:is_sticky']?.trim() === '1',
    commentMode:
      wpCommentStatus !== 'open'
        ? 'closed'
        : item.meta[KIOSQUE_META.commentMode] === 'moderated'
          ? 'moderated'
          : 'open',
    markdown: item.meta[KIOSQUE_META.markdown] ?? null,
    oldPath,
    thumbnailId: Number.isSafeInteger(thumbnail) && thumbnail > 0 ? thumbnail : null,
    menuOrder: Number.isSafeInteger(menuOrder) && menuOrder > 0 ? Math.min(menuOrder, FOOTER_POSITION_MAX) : 0,
    inFooter: item.meta[KIOSQUE_META.footer] === '1',
    notes,
  };
}

export type CommentDecision =
  | { kind: 'skip'; reason: 'pingback' | 'trackback' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'comment';
      wpId: number;
      wpParentId: number | null;
      wpUserId: number | null;
      status: 'approved' | 'pending' | 'spam' | 'trash';
      authorName: string;
      authorEmail: string;
      authorUrl: string | null;
      ip: string | null;
      createdAt: Date;
      content: string;
      /** Whom a reply past the thread depth answered, as an export of this site says (commentmeta). */
      replyToName: string | null;
    };

const commentStatuses: Record<string, 'approved' | 'pending' | 'spam' | 'trash'> = {
  '1': 'approved',
  approve: 'approved',
  '0': 'pending',
  hold: 'pending',
  spam: 'spam',
  trash: 'trash',
  'post-trashed': 'trash',
};

export function decideComment(comment: WxrComment, timeZone: string): CommentDecision {
  const field = (name: string) => comment.fields[`wp:comment_${name}`]?.trim() ?? '';
  const type = field('type');
  if (type === 'pingback' || type === 'trackback') return { kind: 'skip', reason: type };
  const wpId = Number(field('id'));
  if (!field('id') || !Number.isSafeInteger(wpId) || wpId <= 0)
    return { kind: 'invalid', message: 'commentaire sans wp:comment_id' };
  const status = commentStatuses[field('approved')];
  if (!status) return { kind: 'invalid', message: `commentaire ${wpId} : statut « ${field('approved')} » inconnu` };
  const createdAt = wordpressDate(field('date_gmt'), field('date'), timeZone);
  if (!createdAt) return { kind: 'invalid', message: `commentaire ${wpId} sans date` };
  const parent = Number(field('parent'));
  const userId = Number(field('user_id'));
  const url = field('author_url');
  return {
    kind: 'comment',
    wpId,
    wpParentId: parent > 0 ? parent : null,
    wpUserId: userId > 0 ? userId : null,
    status,
    authorName: field('author') || 'Anonyme',
    authorEmail: field('author_email'),
    authorUrl: /^https?:\/\/./i.test(url) ? url : null,
    ip: field('author_IP') || null,
    createdAt,
    content: comment.fields['wp:comment_content'] ?? '',
    replyToName: comment.meta[KIOSQUE_META.replyTo]?.trim() || null,
  };
}
