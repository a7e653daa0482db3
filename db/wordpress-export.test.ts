import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { db, sqlite } = await prepareTestDatabase();
const { importWordPress } = await import('./wordpress-import');
const { exportWordPress } = await import('./wordpress-export');
const { seedDemoContent } = await import('./seed');
const { commentEmailOf } = await import('./comment-email');

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/small.wxr.xml'), 'utf8');

async function* chunks(text: string, size = 4096) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
const importText = (text: string) => importWordPress(chunks(text), { dryRun: false, timeZone: 'Africa/Douala' });

const wipe = () =>
  sqlite.exec(
    'delete from pages; delete from comments; delete from article_redirects; delete from article_tags; delete from articles; delete from redirects; delete from tags; delete from sections; delete from users;',
  );

// WordPress keeps times to the second.
const toSecond = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

/**
 * The site as readers and staff see it, without the numbers a database gives (ids) or the import's own
 * bookkeeping (WordPress ids, hashes): two databases with the same dump are the same site.
 */
function dump() {
  const all = <T>(query: string) => sqlite.prepare(query).all() as T[];
  type Comment = {
    id: number;
    parentId: number | null;
    createdAt: number;
    [key: string]: unknown;
  };
  const comments = all<Comment>(
    `select c.id, c.parent_id as parentId, a.slug as article, c.depth, c.reply_to_name as replyTo, c.author_name as name,
       c.author_email as email, c.author_url as url, c.body, c.status, c.created_at as createdAt, c.ip, u.slug as staff
     from comments c join articles a on a.id = c.article_id left join users u on u.id = c.staff_user_id order by a.slug, c.created_at, c.id`,
  );
  const keyOf = new Map(comments.map((c) => [c.id, `${c.article}/${c.name}/${toSecond(c.createdAt)}`]));
  return {
    articles: all<{ status: string; publishedAt: number | null; updatedAt: number | null }>(
      `select a.slug, a.title, a.dek, a.body_markdown, a.body_html, a.body_text, a.reading_minutes, a.status,
         a.published_at as publishedAt, a.updated_at as updatedAt, s.slug as section, u.slug as author, a.featured,
         a.comment_mode, a.comment_count, a.hero_src, a.hero_width, a.hero_height, a.hero_alt, a.hero_caption,
         a.hero_credit,
         (select group_concat(t.slug, ' ') from (select t.slug from article_tags at join tags t on t.id = at.tag_id
           where at.article_id = a.id order by t.slug) t) as tags
       from articles a join sections s on s.id = a.section_id join users u on u.id = a.author_id order by a.slug`,
    ).map((row) => ({
      ...row,
      // A draft has no publication date in WordPress: the date a draft was planned for is not carried.
      publishedAt: row.status === 'draft' ? null : toSecond(row.publishedAt),
      updatedAt: toSecond(row.updatedAt),
    })),
    comments: comments.map(({ id, parentId, createdAt, ...rest }) => ({
      ...rest,
      // Sealed afresh on each write: compared as the addresses they hold.
      email: commentEmailOf(rest.email as string),
      key: keyOf.get(id),
      parent: parentId === null ? null : keyOf.get(parentId),
      createdAt: toSecond(createdAt),
    })),
    pages: all<{ updatedAt: number | null }>(
      `select slug, title, body_markdown, body_html, status, in_footer, footer_position, updated_at as updatedAt
       from pages order by slug`,
    ).map((row) => ({ ...row, updatedAt: toSecond(row.updatedAt) })),
    // Their order in the menu, not the numbers that give it.
    sections: all('select slug, name from sections order by position, id'),
    tags: all('select slug, name from tags order by slug'),
    authors: all(
      'select slug, name, email from users where id in (select author_id from articles) or id in (select staff_user_id from comments) order by slug',
    ),
  };
}

beforeEach(wipe);

describe('exportWordPress', () => {
  it('writes a WXR 1.2 file that our import turns back into the same site', async () => {
    seedDemoContent(db);
    await importText(fixture);
    // A section no article uses yet is part of the site too.
    sqlite.exec("insert into sections (slug, name, position) values ('vide', 'Vide', 99)");
    // A page staff wrote and listed in the footer, beside the imported ones.
    sqlite.exec(
      `insert into pages (slug, title, body_markdown, body_html, status, in_footer, footer_position, updated_at)
       values ('mentions', 'Mentions', 'Éditeur : *la Gazette*.', '<p>Éditeur : <em>la Gazette</em>.</p>' || char(10), 'published', 1, 3, 1709280000000)`,
    );
    const before = dump();
    expect(before.pages).toHaveLength(4);
    const exported = [...exportWordPress()].join('');
    expect(exported).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    wipe();
    const summary = await importText(exported);
    expect(summary.problems).toEqual([]);
    expect(dump()).toEqual(before);
  });

  it('writes every comment with its status and thread, and the hero as an attachment', async () => {
    await importText(fixture);
    const exported = [...exportWordPress()].join('');
    for (const status of ['1', '0', 'spam', 'trash'])
      expect(exported).toContain(`<wp:comment_approved><![CDATA[${status}]]></wp:comment_approved>`);
    expect(exported).toMatch(/<wp:comment_parent>[1-9]\d*<\/wp:comment_parent>/);
    expect(exported).toContain('<wp:post_type><![CDATA[attachment]]></wp:post_type>');
    expect(exported).toContain('<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>');
    // A comment's text is plain: what looks like markup is escaped, as WordPress stores it.
    sqlite.exec("update comments set body = 'a < b & c' where id = (select min(id) from comments)");
    expect([...exportWordPress()].join('')).toContain('a &lt; b &amp; c');
  });
});
