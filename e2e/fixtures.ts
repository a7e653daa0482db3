import './database-env';
import { test as base, expect, type Page } from '@playwright/test';
import { emailHash, sealEmail } from '../lib/commenter-identity';
import { openTestDatabase } from './database';

/*
 * What specs do to the run's database and to the clock, as named functions: the one place in e2e/ that
 * writes SQL (the app's db/ modules are server-only), so a renamed column breaks this file and no spec.
 * Specs take it as the `db` fixture: `test('…', async ({ page, db }) => { db.insertArticle(…) })`.
 */

type ArticleStatus = 'draft' | 'published';

function withDatabase<T>(work: (sqlite: ReturnType<typeof openTestDatabase>) => T, file?: string): T {
  const sqlite = openTestDatabase(file);
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

const SEED_SLUG = 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc';
let counter = 0;
const uniqueSlug = (label: string) => `${label}-${Date.now().toString(36)}-${process.pid}-${++counter}`;

export const testDb = {
  /** An article stored as the editor stores it, in the seed article's section and byline unless told. */
  insertArticle(values: {
    title: string;
    slug?: string;
    dek?: string;
    bodyText?: string;
    bodyHtml?: string;
    status?: ArticleStatus;
    publishedAt?: number | null;
    tagIds?: number[];
    /** Another section than the seed article's. */
    sectionSlug?: string;
  }): { id: number; slug: string } {
    return withDatabase((sqlite) => {
      const seed = sqlite.prepare('select section_id, author_id from articles where slug = ?').get(SEED_SLUG) as {
        section_id: number;
        author_id: number;
      };
      const { author_id } = seed;
      const section_id = values.sectionSlug
        ? (sqlite.prepare('select id from sections where slug = ?').get(values.sectionSlug) as { id: number }).id
        : seed.section_id;
      const slug = values.slug ?? uniqueSlug('e2e');
      const body = values.bodyText ?? 'Texte.';
      const { id } = sqlite
        .prepare(
          'insert into articles (slug, title, dek, body_markdown, body_html, body_text, status, published_at, section_id, author_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id',
        )
        .get(
          slug,
          values.title,
          values.dek ?? '',
          body,
          values.bodyHtml ?? `<p>${body}</p>`,
          body,
          values.status ?? 'published',
          values.publishedAt === undefined ? Date.now() - 3_600_000 : values.publishedAt,
          section_id,
          author_id,
        ) as { id: number };
      const tag = sqlite.prepare('insert into article_tags (article_id, tag_id) values (?, ?)');
      for (const tagId of values.tagIds ?? []) tag.run(id, tagId);
      return { id, slug };
    });
  },

  insertTag(slug: string, name: string): number {
    return withDatabase(
      (sqlite) =>
        (sqlite.prepare('insert into tags (slug, name) values (?, ?) returning id').get(slug, name) as { id: number })
          .id,
    );
  },

  articleId(slug: string): number {
    return withDatabase(
      (sqlite) => (sqlite.prepare('select id from articles where slug = ?').get(slug) as { id: number }).id,
    );
  },

  /** The denormalised count of approved comments the article pages show. */
  articleCommentCount(articleId: number): number {
    return withDatabase(
      (sqlite) =>
        (sqlite.prepare('select comment_count from articles where id = ?').get(articleId) as { comment_count: number })
          .comment_count,
    );
  },

  /** Slugs of the articles readers may not see now: drafts and scheduled ones. */
  hiddenArticleSlugs(): string[] {
    return withDatabase((sqlite) =>
      (
        sqlite.prepare("select slug from articles where status = 'draft' or published_at > ?").all(Date.now()) as {
          slug: string;
        }[]
      ).map((row) => row.slug),
    );
  },

  isArticlePublic(slug: string): boolean {
    return withDatabase((sqlite) =>
      Boolean(
        sqlite
          .prepare("select 1 from articles where slug = ? and status = 'published' and published_at <= ?")
          .get(slug, Date.now()),
      ),
    );
  },

  authorSlugOf(articleSlug: string): string {
    return withDatabase(
      (sqlite) =>
        (
          sqlite
            .prepare(
              'select users.slug from articles join users on users.id = articles.author_id where articles.slug = ?',
            )
            .get(articleSlug) as { slug: string }
        ).slug,
    );
  },

  staffEmails(): string[] {
    return withDatabase((sqlite) =>
      (sqlite.prepare('select email from users').all() as { email: string }[]).map((row) => row.email),
    );
  },

  /** A comment written straight into the database (the public form is tested elsewhere), held by default. */
  insertComment(values: {
    articleId: number;
    body: string;
    authorName?: string;
    authorEmail?: string;
    status?: 'pending' | 'approved' | 'spam' | 'trash';
    /** Signed by the newsroom (the first account), as a staff reply is. */
    byStaff?: boolean;
  }): number {
    return withDatabase(
      (sqlite) =>
        (
          sqlite
            .prepare(
              "insert into comments (article_id, author_name, author_email, author_email_hash, body, status, staff_user_id) values (?, ?, ?, 'e2e', ?, ?, case when ? then (select min(id) from users) end) returning id",
            )
            .get(
              values.articleId,
              values.authorName ?? 'Lecteur',
              sealEmail(values.authorEmail ?? 'lecteur@example.com'),
              values.body,
              values.status ?? 'pending',
              values.byStaff ? 1 : 0,
            ) as { id: number }
        ).id,
    );
  },

  /** Takes the database's write lock, as another process in the middle of a long write would, until released. */
  holdWriteLock(): () => void {
    const sqlite = openTestDatabase();
    sqlite.exec('begin exclusive');
    return () => {
      sqlite.exec('rollback');
      sqlite.close();
    };
  },

  /** How many stored comments match every given field (the e-mail by its keyed hash: it is sealed at rest). */
  countComments(
    where: {
      id?: number;
      authorEmail?: string;
      authorName?: string;
      bodyContains?: string;
      status?: string;
      heldReason?: string;
      reportCount?: number;
    },
    file?: string,
  ): number {
    const columns: [keyof typeof where, string][] = [
      ['id', 'id = ?'],
      ['authorEmail', 'author_email_hash = ?'],
      ['authorName', 'author_name = ?'],
      ['bodyContains', "body like '%' || ? || '%'"],
      ['status', 'status = ?'],
      ['heldReason', 'held_reason = ?'],
      ['reportCount', 'report_count = ?'],
    ];
    const used = columns.filter(([key]) => where[key] !== undefined);
    const sql = `select count(*) as n from comments where ${used.map(([, test]) => test).join(' and ') || '1'}`;
    return withDatabase(
      (sqlite) =>
        (
          sqlite
            .prepare(sql)
            .get(...used.map(([key]) => (key === 'authorEmail' ? emailHash(where.authorEmail!) : where[key]))) as {
            n: number;
          }
        ).n,
      file,
    );
  },

  /** How many distinct bodies contain the text, and whether each is stored once. */
  countBodiesContaining(text: string): { bodies: number; allOnce: boolean } {
    const rows = withDatabase(
      (sqlite) =>
        sqlite
          .prepare("select count(*) as n from comments where body like '%' || ? || '%' group by body")
          .all(text) as { n: number }[],
    );
    return { bodies: rows.length, allOnce: rows.every((row) => row.n === 1) };
  },

  /** What a moderator's approval does: the commenter now has history. */
  approveCommentsOf(email: string): void {
    withDatabase((sqlite) =>
      sqlite.prepare("update comments set status = 'approved' where author_email_hash = ?").run(emailHash(email)),
    );
  },

  /** Moves a commenter's comments back in time, as if posted `seconds` earlier (past the flood interval). */
  backdateCommentsOf(email: string, seconds: number): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare('update comments set created_at = created_at - ? where author_email_hash = ?')
        .run(seconds * 1000, emailHash(email)),
    );
  },

  /** The status and reason of each comment stored under an e-mail address. */
  commentsOf(email: string): { status: string; heldReason: string | null }[] {
    return withDatabase(
      (sqlite) =>
        sqlite
          .prepare('select status, held_reason as heldReason from comments where author_email_hash = ?')
          .all(emailHash(email)) as {
          status: string;
          heldReason: string | null;
        }[],
    );
  },

  /** The client addresses the audit log recorded for sign-in events naming an e-mail address. */
  signInAddressesFor(email: string): string[] {
    return withDatabase((sqlite) =>
      (
        sqlite
          .prepare("select distinct ip from audit_log where action like 'auth.%' and details like ?")
          .all(`%${email}%`) as { ip: string }[]
      ).map((row) => row.ip),
    );
  },

  /** A consistent copy of the run's database in another file (for a server of a test's own). */
  copyTo(file: string): void {
    withDatabase((sqlite) => sqlite.prepare('vacuum into ?').run(file));
  },

  /** In another database file (a copy, a restored backup): its integrity, and its comments' bodies by id. */
  inspect(file: string, bodyContains: string): { integrity: string; bodies: Map<number, string> } {
    return withDatabase(
      (sqlite) => ({
        integrity: sqlite.pragma('integrity_check', { simple: true }) as string,
        bodies: new Map(
          (
            sqlite.prepare("select id, body from comments where body like '%' || ? || '%'").all(bodyContains) as {
              id: number;
              body: string;
            }[]
          ).map((row) => [row.id, row.body]),
        ),
      }),
      file,
    );
  },

  /** The keyed hash comments are matched by: their e-mail itself is sealed (lib/commenter-identity.ts). */
  emailHashOf(email: string): string {
    return emailHash(email);
  },

  /** One comment as stored: what an author's edit or deletion changed. Undefined once deleted. */
  commentById(id: number):
    | {
        body: string;
        status: string;
        heldReason: string | null;
        authorName: string;
        editedBy: string | null;
        deleted: boolean;
        createdAt: number;
        ip: string | null;
      }
    | undefined {
    const row = withDatabase(
      (sqlite) =>
        sqlite
          .prepare(
            'select body, status, held_reason as heldReason, author_name as authorName, edited_by as editedBy, deleted_at as deletedAt, created_at as createdAt, ip from comments where id = ?',
          )
          .get(id) as
          | {
              body: string;
              status: string;
              heldReason: string | null;
              authorName: string;
              editedBy: string | null;
              deletedAt: number | null;
              createdAt: number;
              ip: string | null;
            }
          | undefined,
    );
    if (!row) return undefined;
    const { deletedAt, ...rest } = row;
    return { ...rest, deleted: deletedAt !== null };
  },

  /** A reply written straight into the database, approved, under `parentId` in its thread. */
  insertReply(parentId: number, body: string): number {
    return withDatabase(
      (sqlite) =>
        (
          sqlite
            .prepare(
              "insert into comments (article_id, parent_id, thread_id, depth, author_name, author_email, author_email_hash, body, status) select article_id, id, coalesce(thread_id, id), depth + 1, 'Réponse', ?, 'e2e', ?, 'approved' from comments where id = ? returning id",
            )
            .get(sealEmail('reponse@example.com'), body, parentId) as { id: number }
        ).id,
    );
  },

  /** A number setting as stored for the run (e2e/global-setup.ts sets some). */
  numberSetting(key: string): number | null {
    return withDatabase((sqlite) => {
      const row = sqlite.prepare('select value from settings where key = ?').get(key) as { value: string } | undefined;
      return row ? Number(JSON.parse(row.value)) : null;
    });
  },

  /** `count` held comments on an article, all written now: the start of an afflux. */
  insertRecentComments(articleId: number, count: number): void {
    withDatabase((sqlite) => {
      const insert = sqlite.prepare(
        "insert into comments (article_id, author_name, author_email, author_email_hash, body, status, held_reason) values (?, 'Foule', ?, ?, ?, 'pending', 'first-comment')",
      );
      sqlite.transaction(() => {
        for (let n = 0; n < count; n++)
          insert.run(articleId, sealEmail(`foule${n}@example.com`), `e2e-foule-${n}`, `Foule ${n}`);
      })();
    });
  },

  /** Moves the end of an article's surges to now, as if their time had come. */
  expireSurgesOf(articleId: number): void {
    withDatabase((sqlite) =>
      sqlite.prepare('update comment_surges set ends_at = ? where article_id = ?').run(Date.now(), articleId),
    );
  },

  /** The audited surge actions on an article, oldest first ("surge.start", "surge.extend", "surge.end"). */
  surgeActionsOn(articleId: number): { action: string; byStaff: boolean }[] {
    return withDatabase((sqlite) =>
      (
        sqlite
          .prepare(
            "select action, user_id is not null as byStaff from audit_log where action like 'surge.%' and target_id = ? order by id",
          )
          .all(articleId) as { action: string; byStaff: number }[]
      ).map((row) => ({ action: row.action, byStaff: Boolean(row.byStaff) })),
    );
  },

  /** Moves one comment back in time, as if posted `seconds` earlier. */
  backdateComment(id: number, seconds: number): void {
    withDatabase((sqlite) =>
      sqlite.prepare('update comments set created_at = created_at - ? where id = ?').run(seconds * 1000, id),
    );
  },

  commentIpOf(email: string): string | null {
    return withDatabase(
      (sqlite) =>
        (
          sqlite.prepare('select ip from comments where author_email_hash = ?').get(emailHash(email)) as
            { ip: string | null } | undefined
        )?.ip ?? null,
    );
  },
};

export type TestDb = typeof testDb;

/**
 * For an article a spec needs only for its comments: a chapô, as feeds require, published two days ago and
 * in a section no spec reads, so it stays out of the newest articles and the section feeds other specs read.
 */
export const quietArticle = {
  dek: 'Un article pour les commentaires.',
  publishedAt: Date.now() - 2 * 86_400_000,
  sectionSlug: 'international',
};

/*
 * The comment form refuses a post sent less than minSubmitSeconds after it was rendered (a bot's speed).
 * Instead of waiting like a person, the tests move the form's clock: its signed token is minted again for
 * a minute ago, with the same secret as the server (lib/secret.ts reads it beside the run's database).
 * If the form's token changes shape, this is the one place to adapt.
 */
const FORM_AGE_MS = 60_000;

/** A form token for the article, as if its form had been rendered a minute ago. */
export async function formTokenRenderedEarlier(articleId: number): Promise<string> {
  // lib/config.ts reads DATABASE_PATH when first imported: set it to the run's database before that.
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  const { issueFormToken } = await import('../lib/commenter-cookies');
  return issueFormToken(articleId, Date.now() - FORM_AGE_MS);
}

/**
 * A genuine key for one's own comment (lib/own-comment-keys.ts), signed with the server's secret like
 * formTokenRenderedEarlier: what the author's browser holds, minted here to replay an expired one.
 */
export async function ownCommentCookie(id: number, createdAt: number): Promise<string> {
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  const { encodeOwnKeys } = await import('../lib/own-comment-keys');
  return encodeOwnKeys(undefined, { id, createdAt }, createdAt, 10);
}

/** Makes the comment form on the page look rendered a minute ago, so it can be sent at once. */
export async function ageCommentForm(page: Page): Promise<void> {
  const form = page.locator('form.comment-form');
  const articleId = Number(await form.locator('input[name="articleId"]').inputValue());
  const token = await formTokenRenderedEarlier(articleId);
  await form.locator('input[name="token"]').evaluate((input: HTMLInputElement, value) => {
    input.value = value;
  }, token);
}

export const test = base.extend<{ db: TestDb }>({
  // Playwright's `use` hands the fixture to the test; it is not React's hook.
  db: async ({}, provide) => {
    await provide(testDb);
  },
});

export { expect };
