import { Feed, type Item } from 'feed';
import type { PublicArticleFacts } from './article-facts';
import { commentBodyToParagraphs } from './comment-body';
import { commentPermalink } from './comment-permalink';
import type { FeedFormat } from './feed-paths';
import { escapeMarkup } from './markup';
import { siteUrl } from './site-url';

/** An article as a feed entry shows it: full body, byline (name only), section and tags (read by db/feeds.ts). */
export type FeedArticle = PublicArticleFacts & { id: number; bodyHtml: string };

/** A comment as its article's feed shows it: the name and the text, never the e-mail, IP or site. */
export type FeedComment = {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  /** The thread page the comment is on. */
  page: number;
};

export type FeedChannel = { title: string; description: string; pageUrl: string; selfUrl: string };

/** One entry of a feed; every text field but `title` and `author` is HTML. */
export type FeedEntry = {
  id: string;
  title: string;
  url: string;
  summaryHtml: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  author: { name: string; url?: string };
  categories: { name: string; term: string; scheme: string }[];
};

/**
 * The id (RSS guid, Atom id) of an article: its number, never its slug or title, so an edit or a new
 * address does not make it a new item in readers. `/?p=<id>` is the form WordPress uses, so feeds of an
 * imported WordPress site keep their items' identity when ids are kept.
 */
export const articleGuid = (articleId: number) => `${siteUrl('/')}?p=${articleId}`;

// The library writes HTML inside CDATA sections and splits only the first "]]>": the entity form keeps
// any later one from ending the section early (it reads the same once the HTML is parsed).
const cdataSafe = (html: string) => html.replaceAll(']]>', ']]&gt;');

export function articleFeedEntry(article: FeedArticle): FeedEntry {
  const hero = article.hero
    ? `<p><img src="${escapeMarkup(siteUrl(article.hero.src))}" alt="${escapeMarkup(article.hero.alt)}" width="${article.hero.width}" height="${article.hero.height}"></p>`
    : '';
  return {
    id: articleGuid(article.id),
    title: article.title,
    url: siteUrl(`/article/${article.slug}`),
    summaryHtml: escapeMarkup(article.dek),
    // Staff HTML, sanitised once on save by lib/markdown.ts like on the article page.
    contentHtml: hero + article.bodyHtml,
    published: article.publishedAt,
    updated: article.updatedAt ?? article.publishedAt,
    author: { name: article.author.name, url: siteUrl(`/auteur/${article.author.slug}`) },
    categories: [
      { name: article.section.name, term: article.section.slug, scheme: siteUrl('/rubrique/') },
      ...article.tags.map((tag) => ({ name: tag.name, term: tag.slug, scheme: siteUrl('/mot-cle/') })),
    ],
  };
}

/** A reader's comment as HTML built from text nodes: whatever they typed, no markup of theirs passes. */
function commentHtml(body: string): string {
  return commentBodyToParagraphs(body)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .map((inline) =>
            inline.kind === 'break'
              ? '<br>'
              : inline.kind === 'link'
                ? `<a href="${escapeMarkup(inline.href)}" rel="nofollow ugc">${escapeMarkup(inline.text)}</a>`
                : escapeMarkup(inline.text),
          )
          .join('')}</p>`,
    )
    .join('');
}

export function commentFeedEntry(
  comment: FeedComment,
  article: { id: number; slug: string },
  title: string,
): FeedEntry {
  const html = commentHtml(comment.body);
  return {
    id: `${articleGuid(article.id)}#comment-${comment.id}`,
    title,
    url: siteUrl(commentPermalink(article.slug, comment.id, comment.page)),
    summaryHtml: html,
    contentHtml: html,
    published: comment.createdAt,
    updated: comment.editedAt ?? comment.createdAt,
    author: { name: comment.authorName },
    categories: [],
  };
}

/** When a feed last changed: its newest entry's date, or null for an empty feed. */
export function feedUpdated(entries: FeedEntry[]): Date | null {
  return entries.reduce<Date | null>(
    (latest, entry) => (latest && latest >= entry.updated ? latest : entry.updated),
    null,
  );
}

function toItem(entry: FeedEntry, format: FeedFormat): Item {
  return {
    id: entry.id,
    // Escaped: Atom declares titles as HTML, and RSS readers decode entities in titles too.
    title: escapeMarkup(entry.title),
    link: entry.url,
    date: entry.updated,
    published: entry.published,
    description: entry.summaryHtml ? cdataSafe(entry.summaryHtml) : undefined,
    content: cdataSafe(entry.contentHtml),
    // RSS's <author> must be an e-mail address, which a byline never shows: RSS gets Dublin Core's creator.
    ...(format === 'atom'
      ? { author: [{ name: entry.author.name, link: entry.author.url }] }
      : { extensions: [{ name: 'dc:creator', objects: { _text: entry.author.name } }] }),
    category: entry.categories.map((category) =>
      format === 'atom'
        ? // The library escapes "&" and '"' in attributes but not "<": a label holding one is left out (term and scheme still name the category).
          {
            term: category.term,
            scheme: category.scheme,
            name: category.name.includes('<') ? undefined : category.name,
          }
        : { name: category.name },
    ),
  };
}

/**
 * The feed as RSS 2.0 or Atom 1.0 XML (the `feed` library escapes and writes it). `updated` comes from
 * the content, not the clock, so the same entries always make the same bytes, hence the same ETag.
 */
export function renderFeed(channel: FeedChannel, entries: FeedEntry[], format: FeedFormat, updated: Date): string {
  const feed = new Feed({
    id: channel.selfUrl,
    title: channel.title,
    description: channel.description,
    link: channel.pageUrl,
    feed: channel.selfUrl,
    language: 'fr',
    updated,
    image: siteUrl('/logo.png'),
    generator: false,
  });
  for (const entry of entries) feed.addItem(toItem(entry, format));
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
