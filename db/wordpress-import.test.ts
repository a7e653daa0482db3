import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { importWordPress } = await import('./wordpress-import');
type ImportOptions = import('./wordpress-import').ImportOptions;
const { saveArticle, getArticleForEditing } = await import('./staff-articles');
const { getCommenterHistory } = await import('./comments');
const { getPageForEditing, savePage } = await import('./pages');
const { findRedirect } = await import('./redirects');
const { redirectLookups } = await import('@/lib/old-address');
const { emailHash, openEmail } = await import('@/lib/commenter-identity');
const { storeImageFile } = await import('@/lib/media-store');
const { uploadsFileOf } = await import('@/lib/wordpress-media');

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/small.wxr.xml'), 'utf8');
// The shared WordPress test exports sit beside the clone (../shared), as in CI; KIOSQUE_SHARED_DIR points elsewhere.
const sharedDir = process.env.KIOSQUE_SHARED_DIR ?? path.resolve(process.cwd(), '../shared');

async function* chunks(text: string, size = 4096) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
const run = (text = fixture, options: Partial<ImportOptions> = {}) =>
  importWordPress(chunks(text), { dryRun: false, timeZone: 'Africa/Douala', ...options });

/** Everything an import writes, in a stable order: two databases with the same snapshot hold the same site. */
function snapshot() {
  const all = (query: string) => sqlite.prepare(query).all();
  return {
    articles: all(
      'select id, slug, title, dek, body_markdown, body_html, body_text, status, published_at, updated_at, section_id, author_id, featured, comment_mode, comment_count, hero_src, hero_width, hero_height, hero_alt, hero_caption, hero_credit, wp_post_id from articles order by id',
    ),
    // E-mails are sealed with a fresh nonce each time: compared opened.
    comments: (
      all(
        'select id, article_id, parent_id, thread_id, depth, reply_to_name, author_name, author_email, author_url, body, status, created_at, ip, staff_user_id, wp_comment_id from comments order by id',
      ) as { author_email: string }[]
    ).map((row) => ({ ...row, author_email: openEmail(row.author_email) })),
    sections: all('select id, slug, name, wp_term_id from sections order by id'),
    tags: all('select id, slug, name, wp_term_id from tags order by id'),
    articleTags: all('select * from article_tags order by article_id, tag_id'),
    users: all('select id, slug, name, email, role, password_hash, wp_login from users order by id'),
    redirects: all('select path, target, origin from redirects order by path'),
    pages: all(
      'select id, slug, title, body_markdown, body_html, status, in_footer, footer_position, wp_post_id from pages order by id',
    ),
  };
}

beforeEach(() => {
  sqlite.exec(
    'delete from pages; delete from comments; delete from article_redirects; delete from article_tags; delete from articles; delete from redirects; delete from tags; delete from sections; delete from users;',
  );
});

/**
 * The published posts' and pages' permalinks in an export (whatever the site's structure was) that do not lead,
 * as the old-address route looks them up, to the article or page imported from the same WordPress item.
 */
function oldPermalinks(wxr: string): { checked: number; misdirected: string[] } {
  const items = [...wxr.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    link: /<link>([^<]*)<\/link>/.exec(item!)?.[1] ?? '',
    id: Number(/<wp:post_id>(\d+)<\/wp:post_id>/.exec(item!)?.[1]),
    type: /<wp:post_type>(?:<!\[CDATA\[)?(\w+)/.exec(item!)?.[1],
    status: /<wp:status>(?:<!\[CDATA\[)?(\w+)/.exec(item!)?.[1],
  }));
  const published = items.filter((item) => (item.type === 'post' || item.type === 'page') && item.status === 'publish');
  const misdirected = published.flatMap(({ link, id, type }) => {
    const table = type === 'post' ? 'articles' : 'pages';
    const slug = sqlite.prepare(`select slug from ${table} where wp_post_id = ?`).pluck().get(id) as string;
    const expected = `${type === 'post' ? '/article' : '/page'}/${slug}`;
    const url = new URL(link);
    const answer = findRedirect(redirectLookups(url.pathname, url.searchParams));
    return answer === expected || answer === encodeURI(expected) ? [] : [`${link} → ${answer} (${expected})`];
  });
  return { checked: published.length, misdirected };
}

describe('importWordPress', () => {
  it('maps statuses, dates, slugs, sections and tags, and keeps the WordPress id as the article id', async () => {
    const summary = await run();
    expect(summary.posts).toEqual({
      imported: 6,
      updated: 0,
      unchanged: 0,
      skipped: { corbeille: 1, 'type attachment': 3 },
    });
    const rows = sqlite
      .prepare(
        'select a.id, a.slug, a.status, a.published_at as publishedAt, a.featured, s.slug as section from articles a join sections s on s.id = a.section_id order by a.id',
      )
      .all();
    expect(rows).toEqual([
      // Yoast's primary category wins over the first one; sticky is the lead.
      {
        id: 101,
        slug: 'port-kribi',
        status: 'published',
        publishedAt: Date.parse('2024-03-05T09:00:00Z'),
        featured: 1,
        section: 'economie',
      },
      // A zero GMT date falls back to post_date in the site's zone (Douala, UTC+1); the accented slug is decoded.
      {
        id: 102,
        slug: 'pluies-a-yaounde',
        status: 'published',
        publishedAt: Date.parse('2024-03-06T07:00:00Z'),
        featured: 0,
        section: 'societe',
      },
      { id: 103, slug: 'brouillon', status: 'draft', publishedAt: null, featured: 0, section: 'non-classe' },
      // future stays published at its time to come: scheduled.
      {
        id: 104,
        slug: 'a-venir',
        status: 'published',
        publishedAt: Date.parse('2030-01-01T08:00:00Z'),
        featured: 0,
        section: 'non-classe',
      },
      { id: 105, slug: 'prive', status: 'draft', publishedAt: null, featured: 0, section: 'non-classe' },
      { id: 106, slug: 'secret', status: 'draft', publishedAt: null, featured: 0, section: 'non-classe' },
    ]);
    expect(
      sqlite
        .prepare(
          'select t.slug from article_tags at join tags t on t.id = at.tag_id where at.article_id = 101 order by 1',
        )
        .all(),
    ).toEqual([{ slug: 'cacao' }, { slug: 'societe' }]);
    expect(summary.notes).toEqual([
      { line: 87, item: '« Secret » (wp:post_id 106)', message: 'protégé par mot de passe : importé en brouillon' },
    ]);
    expect(summary.problems).toEqual([
      { line: 89, item: '« Sans identifiant » (wp:post_id ?)', message: 'champ requis absent : wp:post_id' },
    ]);
    expect(summary.unknownShortcodes).toEqual({ note: 1, sondage: 1 });
  });

  it('imports every comment whatever its status, with threads, flattening past the thread depth, and the staff badge', async () => {
    const summary = await run();
    expect(summary.comments.byStatus).toEqual({ approved: 4, pending: 1, spam: 1, trash: 2 });
    // A page's comments are not kept: pages take none here.
    expect(summary.comments.skipped).toEqual({ pingback: 1, trackback: 1, 'sur une page': 1 });
    const rows = sqlite
      .prepare(
        'select c.wp_comment_id as wp, p.wp_comment_id as parent, c.depth, c.reply_to_name as replyTo, c.status, u.wp_login as staff, c.ip, c.author_email as email from comments c left join comments p on p.id = c.parent_id left join users u on u.id = c.staff_user_id where c.article_id = 101 order by c.wp_comment_id',
      )
      .all()
      .map((row) => ({ ...(row as { email: string }), email: openEmail((row as { email: string }).email) }));
    expect(rows).toEqual([
      {
        wp: 1,
        parent: null,
        depth: 0,
        replyTo: null,
        status: 'approved',
        staff: null,
        ip: '192.0.2.1',
        email: 'alice@lecteurs.example',
      },
      {
        wp: 2,
        parent: 1,
        depth: 1,
        replyTo: null,
        status: 'approved',
        staff: 'mbella',
        ip: '192.0.2.2',
        email: 'mbella@gazette.example',
      },
      {
        wp: 3,
        parent: 2,
        depth: 2,
        replyTo: null,
        status: 'approved',
        staff: null,
        ip: '192.0.2.3',
        email: 'bruno@lecteurs.example',
      },
      // Deeper than the default thread depth (3): beside its parent, "en réponse à Bruno".
      {
        wp: 4,
        parent: 2,
        depth: 2,
        replyTo: 'Bruno',
        status: 'approved',
        staff: null,
        ip: '192.0.2.4',
        email: 'chantal@lecteurs.example',
      },
      {
        wp: 5,
        parent: null,
        depth: 0,
        replyTo: null,
        status: 'pending',
        staff: null,
        ip: '192.0.2.5',
        email: 'denis@lecteurs.example',
      },
      {
        wp: 6,
        parent: null,
        depth: 0,
        replyTo: null,
        status: 'spam',
        staff: null,
        ip: '198.51.100.1',
        email: 'pub@spam.example',
      },
      { wp: 7, parent: null, depth: 0, replyTo: null, status: 'trash', staff: null, ip: null, email: '' },
    ]);
    expect(sqlite.prepare('select comment_count from articles where id = 101').get()).toEqual({ comment_count: 4 });
    expect(sqlite.prepare('select password_hash, role from users where wp_login = ?').get('mbella')).toEqual({
      password_hash: null,
      role: 'editor',
    });
  });

  it('makes an approved WordPress commenter a returning one, matched by e-mail; a pending one is not', async () => {
    await run();
    const history = (email: string) =>
      getCommenterHistory({
        articleId: 102,
        emailHash: emailHash(email),
        ip: null,
        body: 'Nouveau.',
        now: new Date('2026-03-01T12:00:00Z'),
      });
    expect(history('Alice@Lecteurs.example').approvedCount).toBe(1);
    expect(history('denis@lecteurs.example').approvedCount).toBe(0);
  });

  it('imports pages as the site’s pages, converted like posts; their permalink and ?page_id= lead to /page/<slug>', async () => {
    const summary = await run();
    expect(summary.pages).toEqual({ imported: 3, updated: 0, unchanged: 0 });
    const pages = sqlite
      .prepare(
        'select slug, status, in_footer as inFooter, footer_position as position, body_html as html from pages order by wp_post_id',
      )
      .all() as { slug: string; html: string }[];
    expect(pages.map((page) => ({ ...page, html: undefined }))).toEqual([
      { slug: 'nous-contacter', status: 'published', inFooter: 0, position: 0, html: undefined },
      // Its menu order is its place in the footer, should staff list it there.
      { slug: 'a-propos', status: 'published', inFooter: 0, position: 2, html: undefined },
      { slug: 'mentions-legales', status: 'draft', inFooter: 0, position: 0, html: undefined },
    ]);
    // wpautop's paragraphs, and nothing of the script or the handler.
    expect(pages[1].html).toContain('<p>La <strong>Gazette</strong> paraît à Douala depuis 1998.</p>');
    expect(pages[1].html).toContain('>Nous écrire</a>');
    expect(pages[1].html).not.toMatch(/<script|onclick|document\.title/);
    const target = (path: string) => sqlite.prepare('select target from redirects where path = ?').pluck().get(path);
    expect(target('/a-propos')).toBe('/page/a-propos');
    // /?page_id=201 is looked up as /?p=201 (lib/old-address.ts), as WordPress answers both.
    expect(target('/?p=201')).toBe('/page/a-propos');
    expect(target('/a-propos/mentions-legales')).toBe('/page/mentions-legales');
    expect(target('/contact')).toBe('/page/nous-contacter');
    expect((await run()).pages).toEqual({ imported: 0, updated: 0, unchanged: 3 });
  });

  it('keeps old addresses: the permalink (decoded), ?p=ID, categories and tags', async () => {
    await run();
    const target = (from: string) =>
      (sqlite.prepare('select target from redirects where path = ?').get(from) as { target: string } | undefined)
        ?.target;
    expect(target('/2024/03/05/port-kribi')).toBe('/article/port-kribi');
    expect(target('/2024/03/06/pluies-à-yaoundé')).toBe('/article/pluies-a-yaounde');
    expect(target('/?p=102')).toBe('/article/pluies-a-yaounde');
    expect(target('/category/economie')).toBe('/rubrique/economie');
    expect(target('/tag/cacao')).toBe('/mot-cle/cacao');
  });

  it('makes the featured image the hero, with alt, caption and credit, whether its attachment comes before or after', async () => {
    await run();
    const hero = (id: number) =>
      sqlite
        .prepare(
          'select hero_src as src, hero_width as width, hero_height as height, hero_alt as alt, hero_caption as caption, hero_credit as credit from articles where id = ?',
        )
        .get(id);
    expect(hero(101)).toEqual({
      src: 'https://gazette.example/wp-content/uploads/2024/03/quai.jpg',
      width: 640,
      height: 480,
      alt: 'Le quai',
      caption: 'Le quai au lever du jour',
      credit: 'Joseph Mbella',
    });
    expect(hero(102)).toMatchObject({
      src: 'https://gazette.example/wp-content/uploads/2024/03/pluie.png',
      alt: 'La rue sous la pluie',
    });
  });

  it('with --uploads, copies the pictures it finds, rewrites them and redirects their old addresses; a missing one is kept and counted', async () => {
    const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-uploads-'));
    fs.mkdirSync(path.join(uploads, '2024/03'), { recursive: true });
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(path.join(uploads, '2024/03/quai.jpg'), jpeg);
    const copyImage = async (url: string) => {
      const file = uploadsFileOf(url, uploads);
      return file ? storeImageFile(file) : null;
    };
    const summary = await run(fixture, { copyImage });
    // quai.jpg is copied; grues.jpg (gallery) and pluie.png (hero of 102) are not in the folder.
    expect(summary.images).toEqual({ copied: 1, missing: 2, kept: 2 });
    const row = sqlite
      .prepare('select body_markdown as body, hero_src as src, hero_width as width from articles where id = 101')
      .get() as { body: string; src: string; width: number };
    expect(row.src).toMatch(/^\/medias\/[0-9a-f]{32}\.jpg$/);
    expect(row.width).toBe(32);
    expect(row.body).toContain(`](${row.src} "Le quai au lever du jour")`);
    expect(row.body).toContain('https://gazette.example/wp-content/uploads/2024/03/grues.jpg');
    expect(row.body).not.toContain('quai.jpg');
    expect(
      sqlite.prepare("select target from redirects where path = '/wp-content/uploads/2024/03/quai.jpg'").get(),
    ).toEqual({
      target: row.src,
    });
    const again = await run(fixture, { copyImage });
    expect(again.posts).toMatchObject({ imported: 0, updated: 0 });
  });

  it('takes old addresses from --permalink when given, instead of the export’s links', async () => {
    await run(fixture, { permalink: '/%category%/%postname%/' });
    const target = (from: string) =>
      (sqlite.prepare('select target from redirects where path = ?').get(from) as { target: string } | undefined)
        ?.target;
    expect(target('/economie/port-kribi')).toBe('/article/port-kribi');
    expect(target('/societe/pluies-à-yaoundé')).toBe('/article/pluies-a-yaounde');
    expect(target('/2024/03/05/port-kribi')).toBeUndefined();
  });

  it('changes nothing on a second run', async () => {
    await run();
    const first = snapshot();
    const again = await run();
    expect(again.posts).toMatchObject({ imported: 0, updated: 0, unchanged: 6 });
    expect(again.comments).toMatchObject({ imported: 0, updated: 0 });
    expect(snapshot()).toEqual(first);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('ends a run cut off halfway and started again with the same database as an uninterrupted one', async () => {
    await run();
    const uninterrupted = snapshot();
    sqlite.exec(
      'delete from pages; delete from comments; delete from article_tags; delete from articles; delete from redirects; delete from tags; delete from sections; delete from users;',
    );
    async function* dies() {
      yield* chunks(fixture.slice(0, fixture.indexOf('<wp:post_id>104')), 512);
      throw new Error('killed');
    }
    await expect(importWordPress(dies(), { dryRun: false, timeZone: 'Africa/Douala', batchSize: 1 })).rejects.toThrow(
      'killed',
    );
    expect((sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n).toBeGreaterThan(0);
    await run();
    expect(snapshot()).toEqual(uninterrupted);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('writes nothing on a dry run, and reports what it would do', async () => {
    const summary = await run(fixture, { dryRun: true });
    expect(summary.posts.imported).toBe(6);
    expect((sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n).toBe(0);
    expect((sqlite.prepare('select count(*) as n from users').get() as { n: number }).n).toBe(0);
  });

  it('gives a colliding slug a new stable one, the old address leading to the imported article', async () => {
    const section = Number(sqlite.prepare("insert into sections (slug, name) values ('x', 'X')").run().lastInsertRowid);
    const author = Number(
      sqlite.prepare("insert into users (slug, name, email, role) values ('y', 'Y', 'y@example.com', 'editor')").run()
        .lastInsertRowid,
    );
    sqlite
      .prepare(
        "insert into articles (id, slug, title, body_markdown, body_html, section_id, author_id) values (1, 'port-kribi', 'Autre', '', '', ?, ?)",
      )
      .run(section, author);
    await run();
    expect(sqlite.prepare('select slug from articles where id = 101').get()).toEqual({ slug: 'port-kribi-2' });
    expect(sqlite.prepare("select target from redirects where path = '/2024/03/05/port-kribi'").get()).toEqual({
      target: '/article/port-kribi-2',
    });
    await run();
    expect(sqlite.prepare('select slug from articles where id = 101').get()).toEqual({ slug: 'port-kribi-2' });
  });

  it('leaves an imported article editable: saved unchanged in the editor, its page is the same', async () => {
    await run();
    const before = sqlite.prepare('select body_html from articles where id = 101').get();
    const article = getArticleForEditing(101)!;
    const result = saveArticle(
      101,
      {
        ...article,
        slug: article.slug,
        bodyMarkdown: article.bodyMarkdown.replace('Premier', 'Tout premier'),
        heroAlt: '',
        heroCaption: null,
        heroCredit: null,
        heroMediaId: null,
        removeHero: false,
      },
      { staffId: article.authorId, ip: null },
      new Date('2026-03-01T12:00:00Z'),
    );
    expect(result.ok).toBe(true);
    const after = sqlite.prepare('select body_html from articles where id = 101').get() as { body_html: string };
    expect(after.body_html).toBe((before as { body_html: string }).body_html.replace('Premier', 'Tout premier'));
  });

  it('leaves an imported page editable: saved with one word changed, only that word changes', async () => {
    await run();
    const id = sqlite.prepare("select id from pages where slug = 'a-propos'").pluck().get() as number;
    const before = getPageForEditing(id)!;
    const html = () => sqlite.prepare('select body_html from pages where id = ?').pluck().get(id) as string;
    const htmlBefore = html();
    const result = savePage(
      id,
      {
        title: before.title,
        slug: before.slug,
        bodyMarkdown: before.bodyMarkdown.replace('douze', 'treize'),
        status: before.status,
        inFooter: before.inFooter,
        footerPosition: before.footerPosition,
      },
      { staffId: sqlite.prepare('select min(id) from users').pluck().get() as number, ip: null },
      new Date('2026-03-01T12:00:00Z'),
    );
    expect(result.ok).toBe(true);
    expect(htmlBefore).toContain('douze');
    expect(html()).toBe(htmlBefore.replace('douze', 'treize'));
  });

  for (const name of ['theme-unit-test.wxr.xml', 'block-test-data.wxr.xml']) {
    const file = path.join(sharedDir, 'wordpress', name);
    if (!fs.existsSync(file)) {
      it.skip(`${name} not found in ${path.dirname(file)} (set KIOSQUE_SHARED_DIR): skipped`, () => {});
      continue;
    }
    it(`imports WordPress's ${name} whole, then changes nothing on a second run`, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const summary = await run(text);
      expect(summary.problems).toEqual([]);
      expect(summary.posts.imported).toBeGreaterThan(20);
      expect(sqlite.prepare("select count(*) as n from articles where body_html like '%<!-- wp:%'").get()).toEqual({
        n: 0,
      });
      const first = snapshot();
      const again = await run(text);
      expect(again.posts.imported + again.posts.updated).toBe(0);
      expect(again.pages.imported + again.pages.updated).toBe(0);
      expect(again.pages.unchanged).toBe(summary.pages.imported);
      console.info(`${name}: ${summary.posts.imported} posts, ${summary.pages.imported} pages`);
      expect(snapshot()).toEqual(first);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const permalinks = oldPermalinks(text);
      expect(permalinks.checked).toBeGreaterThan(0);
      expect(permalinks.misdirected).toEqual([]);
      console.info(`${name}: ${permalinks.checked} old permalinks lead to their article or page`);
    }, 120_000);
  }
});
