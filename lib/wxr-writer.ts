// The site written back out as WordPress writes its exports (WXR 1.2), piece by piece so an archive of any
// size streams to the file. Pure text: what goes in each piece is read by db/wordpress-export.ts.

import { wallClockText } from './local-time';

export type WxrSiteOut = { title: string; link: string; description: string; language: string };
export type WxrAuthorOut = { id: number; login: string; email: string; displayName: string };
export type WxrTermOut = { termId: number; slug: string; name: string };
export type WxrCommentOut = {
  id: number;
  parentId: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  ip: string;
  date: Date;
  /** Our comments are plain text: written as the HTML WordPress keeps (escaped, no <p>). */
  text: string;
  approved: '1' | '0' | 'spam' | 'trash';
  userId: number;
  /** Set on a reply attached higher than the comment it answers (past the thread depth). */
  replyToName: string | null;
};
export type WxrItemOut = {
  id: number;
  type: 'post' | 'page' | 'attachment';
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  date: Date | null;
  modified: Date | null;
  name: string;
  status: 'publish' | 'future' | 'draft' | 'inherit';
  parent: number;
  /** A page's order among the others (WordPress's menu_order). */
  menuOrder?: number;
  commentsOpen: boolean;
  sticky: boolean;
  attachmentUrl?: string;
  categories: { domain: 'category' | 'post_tag'; nicename: string; name: string }[];
  meta: [string, string][];
  comments: WxrCommentOut[];
};

/** Our own postmeta and commentmeta keys, read back by the import so that an export imported again is the same site. */
export const KIOSQUE_META = {
  markdown: '_kiosque_markdown',
  commentMode: '_kiosque_comment_mode',
  replyTo: '_kiosque_reply_to',
  /** On a category: a section of this site (its place in the menu is the export's order), even with no article. */
  section: '_kiosque_section',
  /** On a page: listed in this site's footer (its order there is the page's menu_order). */
  footer: '_kiosque_footer',
} as const;

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ZERO = '0000-00-00 00:00:00';
const gmt = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace('T', ' ') : ZERO);

/** "2024-03-05 10:00:00" on the site's wall clock, as WordPress writes post_date. */
const wallClock = (date: Date | null, timeZone: string) => (date ? wallClockText(date, timeZone) : ZERO);

/**
 * A comment's text as WordPress stores it: HTML without paragraphs, so what was typed must be escaped, and
 * the indentation of a line written as entities, which wpautop keeps where it drops spaces after a line break.
 */
export const commentTextToWordPress = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n([ \t]+)/g, (whole, indent: string) => `\n${indent.replace(/\t/g, '&#9;').replace(/ /g, '&#32;')}`);

/**
 * WordPress's serialized image metadata holding only the credit (how WordPress keeps an image's credit);
 * lengths are in bytes, as PHP counts them.
 */
export function attachmentMetadataWithCredit(credit: string): string {
  const s = (value: string) => `s:${Buffer.byteLength(value)}:"${value}";`;
  return `a:1:{${s('image_meta')}a:1:{${s('credit')}${s(credit)}}}`;
}

export function wxrHead(site: WxrSiteOut): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>${escapeXml(site.title)}</title>
\t<link>${escapeXml(site.link)}</link>
\t<description>${escapeXml(site.description)}</description>
\t<language>${escapeXml(site.language)}</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${escapeXml(site.link)}</wp:base_site_url>
\t<wp:base_blog_url>${escapeXml(site.link)}</wp:base_blog_url>
`;
}

export const wxrTail = () => '</channel>\n</rss>\n';

export function wxrAuthor(author: WxrAuthorOut): string {
  return `\t<wp:author><wp:author_id>${author.id}</wp:author_id><wp:author_login>${cdata(author.login)}</wp:author_login><wp:author_email>${cdata(author.email)}</wp:author_email><wp:author_display_name>${cdata(author.displayName)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>\n`;
}

export function wxrCategory(term: WxrTermOut & { section: boolean }): string {
  const meta = term.section
    ? `<wp:termmeta><wp:meta_key>${cdata(KIOSQUE_META.section)}</wp:meta_key><wp:meta_value>${cdata('1')}</wp:meta_value></wp:termmeta>`
    : '';
  return `\t<wp:category><wp:term_id>${term.termId}</wp:term_id><wp:category_nicename>${cdata(encodeURIComponent(term.slug).toLowerCase())}</wp:category_nicename><wp:category_parent>${cdata('')}</wp:category_parent><wp:cat_name>${cdata(term.name)}</wp:cat_name>${meta}</wp:category>\n`;
}

export function wxrTag(term: WxrTermOut): string {
  return `\t<wp:tag><wp:term_id>${term.termId}</wp:term_id><wp:tag_slug>${cdata(encodeURIComponent(term.slug).toLowerCase())}</wp:tag_slug><wp:tag_name>${cdata(term.name)}</wp:tag_name></wp:tag>\n`;
}

function wxrComment(comment: WxrCommentOut, timeZone: string): string {
  return `\t\t<wp:comment>
\t\t\t<wp:comment_id>${comment.id}</wp:comment_id>
\t\t\t<wp:comment_author>${cdata(comment.authorName)}</wp:comment_author>
\t\t\t<wp:comment_author_email>${cdata(comment.authorEmail)}</wp:comment_author_email>
\t\t\t<wp:comment_author_url>${escapeXml(comment.authorUrl)}</wp:comment_author_url>
\t\t\t<wp:comment_author_IP>${cdata(comment.ip)}</wp:comment_author_IP>
\t\t\t<wp:comment_date>${cdata(wallClock(comment.date, timeZone))}</wp:comment_date>
\t\t\t<wp:comment_date_gmt>${cdata(gmt(comment.date))}</wp:comment_date_gmt>
\t\t\t<wp:comment_content>${cdata(commentTextToWordPress(comment.text))}</wp:comment_content>
\t\t\t<wp:comment_approved>${cdata(comment.approved)}</wp:comment_approved>
\t\t\t<wp:comment_type>${cdata('comment')}</wp:comment_type>
\t\t\t<wp:comment_parent>${comment.parentId}</wp:comment_parent>
\t\t\t<wp:comment_user_id>${comment.userId}</wp:comment_user_id>
${comment.replyToName ? `\t\t\t<wp:commentmeta><wp:meta_key>${cdata(KIOSQUE_META.replyTo)}</wp:meta_key><wp:meta_value>${cdata(comment.replyToName)}</wp:meta_value></wp:commentmeta>\n` : ''}\t\t</wp:comment>
`;
}

export function wxrItem(item: WxrItemOut, timeZone: string): string {
  const lines = [
    `\t<item>`,
    `\t\t<title>${escapeXml(item.title)}</title>`,
    `\t\t<link>${escapeXml(item.link)}</link>`,
    `\t\t<pubDate>${item.date ? item.date.toUTCString().replace('GMT', '+0000') : ''}</pubDate>`,
    `\t\t<dc:creator>${cdata(item.creator)}</dc:creator>`,
    `\t\t<guid isPermaLink="false">${escapeXml(item.attachmentUrl ?? item.link)}</guid>`,
    `\t\t<description></description>`,
    `\t\t<content:encoded>${cdata(item.content)}</content:encoded>`,
    `\t\t<excerpt:encoded>${cdata(item.excerpt)}</excerpt:encoded>`,
    `\t\t<wp:post_id>${item.id}</wp:post_id>`,
    `\t\t<wp:post_date>${cdata(wallClock(item.date, timeZone))}</wp:post_date>`,
    `\t\t<wp:post_date_gmt>${cdata(gmt(item.date))}</wp:post_date_gmt>`,
    `\t\t<wp:post_modified>${cdata(wallClock(item.modified, timeZone))}</wp:post_modified>`,
    `\t\t<wp:post_modified_gmt>${cdata(gmt(item.modified))}</wp:post_modified_gmt>`,
    `\t\t<wp:comment_status>${cdata(item.commentsOpen ? 'open' : 'closed')}</wp:comment_status>`,
    `\t\t<wp:ping_status>${cdata('closed')}</wp:ping_status>`,
    `\t\t<wp:post_name>${cdata(encodeURIComponent(item.name).toLowerCase())}</wp:post_name>`,
    `\t\t<wp:status>${cdata(item.status)}</wp:status>`,
    `\t\t<wp:post_parent>${item.parent}</wp:post_parent>`,
    `\t\t<wp:menu_order>${item.menuOrder ?? 0}</wp:menu_order>`,
    `\t\t<wp:post_type>${cdata(item.type)}</wp:post_type>`,
    `\t\t<wp:post_password>${cdata('')}</wp:post_password>`,
    `\t\t<wp:is_sticky>${item.sticky ? 1 : 0}</wp:is_sticky>`,
    ...(item.attachmentUrl ? [`\t\t<wp:attachment_url>${cdata(item.attachmentUrl)}</wp:attachment_url>`] : []),
    ...item.categories.map(
      (c) =>
        `\t\t<category domain="${c.domain}" nicename="${escapeXml(encodeURIComponent(c.nicename).toLowerCase())}">${cdata(c.name)}</category>`,
    ),
    ...item.meta.map(
      ([key, value]) =>
        `\t\t<wp:postmeta>\n\t\t\t<wp:meta_key>${cdata(key)}</wp:meta_key>\n\t\t\t<wp:meta_value>${cdata(value)}</wp:meta_value>\n\t\t</wp:postmeta>`,
    ),
  ];
  return `${lines.join('\n')}\n${item.comments.map((comment) => wxrComment(comment, timeZone)).join('')}\t</item>\n`;
}
