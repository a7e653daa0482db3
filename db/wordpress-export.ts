import 'server-only';
import { config } from '@/lib/config';
import { pagePath } from '@/lib/page-form';
import { siteUrl } from '@/lib/site-url';
import type { CommentStatus } from '@/lib/vocabulary';
import {
  attachmentMetadataWithCredit,
  KIOSQUE_META,
  wxrAuthor,
  wxrCategory,
  wxrHead,
  wxrItem,
  wxrTag,
  wxrTail,
  type WxrCommentOut,
  type WxrItemOut,
} from '@/lib/wxr-writer';
import { commentEmailOf } from './comment-email';
import { sqlite } from './index';

// The whole site as a WordPress export (WXR 1.2), read in one transaction so the file is one moment of
// the site. Each article carries its Markdown beside the HTML (postmeta _kiosque_markdown) so that our
// own import gives back the very text; WordPress itself reads the HTML.

const approvedOf: Record<CommentStatus, WxrCommentOut['approved']> = {
  approved: '1',
  pending: '0',
  spam: 'spam',
  trash: 'trash',
};

type ArticleRow = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  bodyMarkdown: string;
  bodyHtml: string;
  status: 'draft' | 'published';
  publishedAt: number | null;
  updatedAt: number | null;
  createdAt: number;
  sectionSlug: string;
  sectionName: string;
  authorSlug: string;
  featured: number;
  commentMode: string;
  heroSrc: string | null;
  heroWidth: number | null;
  heroHeight: number | null;
  heroAlt: string | null;
  heroCaption: string | null;
  heroCredit: string | null;
};

type CommentRow = {
  id: number;
  parentId: number | null;
  replyToName: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  ip: string | null;
  createdAt: number;
  body: string;
  status: CommentStatus;
  staffUserId: number | null;
};

/** A hero's WordPress metadata: its size and credit, serialized as WordPress keeps _wp_attachment_metadata. */
function heroMetadata(row: ArticleRow): string {
  const withCredit = attachmentMetadataWithCredit(row.heroCredit ?? '');
  const size =
    row.heroWidth && row.heroHeight ? `s:5:"width";i:${row.heroWidth};s:6:"height";i:${row.heroHeight};` : '';
  return size ? withCredit.replace(/^a:1:\{/, `a:3:{${size}`) : withCredit;
}

type PageRow = {
  id: number;
  slug: string;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  status: 'draft' | 'published';
  inFooter: number;
  footerPosition: number;
  createdAt: number;
  updatedAt: number | null;
};

/**
 * The site's pages as WordPress pages, numbered after the articles and their attachments (WordPress numbers
 * every kind of post in one sequence); the footer's are marked, their order as the page's menu_order.
 */
function* pageItems(idOffset: number, creator: string, timeZone: string): Generator<string> {
  const rows = sqlite
    .prepare(
      `select id, slug, title, body_markdown as bodyMarkdown, body_html as bodyHtml, status, in_footer as inFooter,
         footer_position as footerPosition, created_at as createdAt, updated_at as updatedAt
       from pages order by id`,
    )
    .iterate() as Iterable<PageRow>;
  for (const row of rows) {
    const meta: [string, string][] = [[KIOSQUE_META.markdown, row.bodyMarkdown]];
    if (row.inFooter) meta.push([KIOSQUE_META.footer, '1']);
    yield wxrItem(
      {
        id: idOffset + row.id,
        type: 'page',
        title: row.title,
        link: siteUrl(pagePath(encodeURIComponent(row.slug))),
        creator,
        content: row.bodyHtml,
        excerpt: '',
        date: new Date(row.createdAt),
        modified: row.updatedAt ? new Date(row.updatedAt) : null,
        name: row.slug,
        status: row.status === 'published' ? 'publish' : 'draft',
        parent: 0,
        menuOrder: row.footerPosition,
        commentsOpen: false,
        sticky: false,
        categories: [],
        meta,
        comments: [],
      },
      timeZone,
    );
  }
}

/** Yields the export in pieces, to be written as they come. */
export function* exportWordPress(): Generator<string> {
  sqlite.exec('BEGIN');
  try {
    yield* pieces();
  } finally {
    sqlite.exec('COMMIT');
  }
}

function* pieces(): Generator<string> {
  const timeZone = config.timeZone;
  yield wxrHead({ title: config.siteName, link: config.siteUrl, description: '', language: 'fr-FR' });
  const people = sqlite
    .prepare(
      `select id, slug, name, email, wp_login as wpLogin from users
       where id in (select author_id from articles) or id in (select staff_user_id from comments) order by id`,
    )
    .all() as { id: number; slug: string; name: string; email: string; wpLogin: string | null }[];
  const loginOf = new Map(people.map((p) => [p.slug, p.wpLogin ?? p.slug]));
  for (const person of people)
    yield wxrAuthor({
      id: person.id,
      login: person.wpLogin ?? person.slug,
      email: person.email,
      displayName: person.name,
    });
  const sectionRows = sqlite.prepare('select id, slug, name from sections order by position, id').all() as {
    id: number;
    slug: string;
    name: string;
  }[];
  for (const section of sectionRows)
    yield wxrCategory({ termId: section.id, slug: section.slug, name: section.name, section: true });
  // WordPress numbers all terms in one sequence: tags follow the sections.
  const tagOffset = Math.max(0, ...sectionRows.map((s) => s.id));
  for (const tag of sqlite.prepare('select id, slug, name from tags order by id').iterate() as Iterable<{
    id: number;
    slug: string;
    name: string;
  }>)
    yield wxrTag({ termId: tagOffset + tag.id, slug: tag.slug, name: tag.name });

  // Attachments are posts too in WordPress: their ids follow the articles'.
  const attachmentOffset = (sqlite.prepare('select coalesce(max(id), 0) as n from articles').get() as { n: number }).n;
  const tagsOf = sqlite.prepare(
    'select t.slug, t.name from article_tags at join tags t on t.id = at.tag_id where at.article_id = ? order by t.id',
  );
  const commentsOf = sqlite.prepare(
    `select id, parent_id as parentId, reply_to_name as replyToName, author_name as authorName, author_email as authorEmail,
       author_url as authorUrl, ip, created_at as createdAt, body, status, staff_user_id as staffUserId
     from comments where article_id = ? order by id`,
  );
  const now = Date.now();
  const articleRows = sqlite
    .prepare(
      `select a.id, a.slug, a.title, a.dek, a.body_markdown as bodyMarkdown, a.body_html as bodyHtml, a.status,
         a.published_at as publishedAt, a.updated_at as updatedAt, a.created_at as createdAt,
         s.slug as sectionSlug, s.name as sectionName, u.slug as authorSlug, a.featured, a.comment_mode as commentMode,
         a.hero_src as heroSrc, a.hero_width as heroWidth, a.hero_height as heroHeight, a.hero_alt as heroAlt,
         a.hero_caption as heroCaption, a.hero_credit as heroCredit
       from articles a join sections s on s.id = a.section_id join users u on u.id = a.author_id order by a.id`,
    )
    .iterate() as Iterable<ArticleRow>;
  for (const row of articleRows) {
    const link = siteUrl(`/article/${encodeURIComponent(row.slug)}`);
    const date = row.publishedAt ?? row.createdAt;
    const meta: [string, string][] = [[KIOSQUE_META.markdown, row.bodyMarkdown]];
    if (row.commentMode === 'moderated') meta.push([KIOSQUE_META.commentMode, 'moderated']);
    if (row.heroSrc) {
      const attachmentId = attachmentOffset + row.id;
      meta.push(['_thumbnail_id', String(attachmentId)]);
      const url = row.heroSrc.startsWith('/') ? siteUrl(row.heroSrc) : row.heroSrc;
      yield wxrItem(
        {
          id: attachmentId,
          type: 'attachment',
          title: row.heroAlt ?? '',
          link: url,
          creator: loginOf.get(row.authorSlug) ?? row.authorSlug,
          content: '',
          excerpt: row.heroCaption ?? '',
          date: new Date(date),
          modified: new Date(date),
          name: `${row.slug}-image`,
          status: 'inherit',
          parent: row.id,
          commentsOpen: false,
          sticky: false,
          attachmentUrl: url,
          categories: [],
          meta: [
            ['_wp_attachment_image_alt', row.heroAlt ?? ''],
            ['_wp_attachment_metadata', heroMetadata(row)],
          ],
          comments: [],
        },
        timeZone,
      );
    }
    const comments = (commentsOf.all(row.id) as CommentRow[]).map((comment): WxrCommentOut => ({
      id: comment.id,
      parentId: comment.parentId ?? 0,
      authorName: comment.authorName,
      authorEmail: commentEmailOf(comment.authorEmail),
      authorUrl: comment.authorUrl ?? '',
      ip: comment.ip ?? '',
      date: new Date(comment.createdAt),
      text: comment.body,
      approved: approvedOf[comment.status],
      userId: comment.staffUserId ?? 0,
      replyToName: comment.replyToName,
    }));
    const item: WxrItemOut = {
      id: row.id,
      type: 'post',
      title: row.title,
      link,
      creator: loginOf.get(row.authorSlug) ?? row.authorSlug,
      content: row.bodyHtml,
      excerpt: row.dek,
      date: new Date(date),
      modified: row.updatedAt ? new Date(row.updatedAt) : null,
      name: row.slug,
      status: row.status === 'draft' ? 'draft' : date > now ? 'future' : 'publish',
      parent: 0,
      commentsOpen: row.commentMode !== 'closed',
      sticky: Boolean(row.featured),
      categories: [
        { domain: 'category', nicename: row.sectionSlug, name: row.sectionName },
        ...(tagsOf.all(row.id) as { slug: string; name: string }[]).map((tag) => ({
          domain: 'post_tag' as const,
          nicename: tag.slug,
          name: tag.name,
        })),
      ],
      meta,
      comments,
    };
    yield wxrItem(item, timeZone);
  }
  yield* pageItems(2 * attachmentOffset, people[0] ? (people[0].wpLogin ?? people[0].slug) : '', timeZone);
  yield wxrTail();
}
