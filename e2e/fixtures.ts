import { test as base, expect, type Page } from '@playwright/test';
import type { OutgoingMail } from '../lib/mail-message';
import { openTestDatabase } from './database';
import { mailbox, type Mailbox } from './mailbox';

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
  }): { id: number; slug: string } {
    return withDatabase((sqlite) => {
      const { section_id, author_id } = sqlite
        .prepare('select section_id, author_id from articles where slug = ?')
        .get(SEED_SLUG) as { section_id: number; author_id: number };
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
              values.authorEmail ?? 'lecteur@example.com',
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

  /** How many stored comments match every given field. */
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
      ['authorEmail', 'author_email = ?'],
      ['authorName', 'author_name = ?'],
      ['bodyContains', "body like '%' || ? || '%'"],
      ['status', 'status = ?'],
      ['heldReason', 'held_reason = ?'],
      ['reportCount', 'report_count = ?'],
    ];
    const used = columns.filter(([key]) => where[key] !== undefined);
    const sql = `select count(*) as n from comments where ${used.map(([, test]) => test).join(' and ') || '1'}`;
    return withDatabase(
      (sqlite) => (sqlite.prepare(sql).get(...used.map(([key]) => where[key])) as { n: number }).n,
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
      sqlite.prepare("update comments set status = 'approved' where author_email = ?").run(email),
    );
  },

  /** Moves a commenter's comments back in time, as if posted `seconds` earlier (past the flood interval). */
  backdateCommentsOf(email: string, seconds: number): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare('update comments set created_at = created_at - ? where author_email = ?')
        .run(seconds * 1000, email),
    );
  },

  /** The status and reason of each comment stored under an e-mail address. */
  commentsOf(email: string): { status: string; heldReason: string | null }[] {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare('select status, held_reason as heldReason from comments where author_email = ?').all(email) as {
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

  commentIpOf(email: string): string | null {
    return withDatabase(
      (sqlite) =>
        (
          sqlite.prepare('select ip from comments where author_email = ?').get(email) as
            { ip: string | null } | undefined
        )?.ip ?? null,
    );
  },

  /** Disables every active admin but these (the last-admin rule needs a known set); returns whom, to restore. */
  disableAdminsExcept(emails: string[]): number[] {
    return withDatabase((sqlite) =>
      (
        sqlite
          .prepare(
            `update users set disabled_at = ? where role = 'admin' and disabled_at is null and password_hash is not null
             and email not in (select value from json_each(?)) returning id`,
          )
          .all(Date.now(), JSON.stringify(emails)) as { id: number }[]
      ).map((row) => row.id),
    );
  },

  enableUsers(ids: number[]): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare('update users set disabled_at = null where id in (select value from json_each(?))')
        .run(JSON.stringify(ids)),
    );
  },

  /** A staff account's role and whether it is disabled, as the team page changes them. */
  accountState(email: string): { role: string; disabled: boolean } {
    return withDatabase((sqlite) => {
      const row = sqlite.prepare('select role, disabled_at from users where email = ?').get(email) as {
        role: string;
        disabled_at: number | null;
      };
      return { role: row.role, disabled: row.disabled_at !== null };
    });
  },

  /** Audit rows of an action about a user, by the user's e-mail. */
  auditCount(action: string, targetEmail: string): number {
    return withDatabase(
      (sqlite) =>
        (
          sqlite
            .prepare(
              "select count(*) as n from audit_log a join users u on u.id = a.target_id where a.target_type = 'user' and a.action = ? and u.email = ?",
            )
            .get(action, targetEmail) as { n: number }
        ).n,
    );
  },

  /** Whether any stored link token equals this one in clear (it never should: only keyed hashes are kept). */
  linkTokenStoredInClear(token: string): boolean {
    return withDatabase(
      (sqlite) => sqlite.prepare('select 1 from account_links where token_hash = ?').get(token) !== undefined,
    );
  },
};

export type TestDb = typeof testDb;

/** The site's own modules, for what must be sealed or signed with its secret (read beside the run's database). */
async function siteModules() {
  // lib/config.ts reads DATABASE_PATH when first imported: set it to the run's database before that.
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  return {
    ...(await import('../lib/mail-sealing')),
    ...(await import('../lib/commenter-identity')),
  };
}

/** A message queued as the site queues one (db/mail-outbox.ts), for the worker to send. */
export async function queueTestMail(mail: OutgoingMail): Promise<number> {
  const { sealOutgoingMail } = await siteModules();
  const row = sealOutgoingMail(mail);
  return withDatabase(
    (sqlite) =>
      (
        sqlite
          .prepare(
            'insert into mail_outbox (kind, recipient_sealed, recipient_hash, subject, content_sealed, next_attempt_at) values (?, ?, ?, ?, ?, ?) returning id',
          )
          .get(row.kind, row.recipientSealed, row.recipientHash, row.subject, row.contentSealed, Date.now()) as {
          id: number;
        }
      ).id,
  );
}

/** The outbox's lines for an address, oldest first: what the worker did with each message. */
export async function outboxTo(
  email: string,
): Promise<{ status: string; attempts: number; lastError: string | null; subject: string }[]> {
  const { emailHash } = await siteModules();
  return withDatabase(
    (sqlite) =>
      sqlite
        .prepare(
          'select status, attempts, last_error as lastError, subject from mail_outbox where recipient_hash = ? order by id',
        )
        .all(emailHash(email)) as { status: string; attempts: number; lastError: string | null; subject: string }[],
  );
}

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

/** Makes the comment form on the page look rendered a minute ago, so it can be sent at once. */
export async function ageCommentForm(page: Page): Promise<void> {
  const form = page.locator('form.comment-form');
  const articleId = Number(await form.locator('input[name="articleId"]').inputValue());
  const token = await formTokenRenderedEarlier(articleId);
  await form.locator('input[name="token"]').evaluate((input: HTMLInputElement, value) => {
    input.value = value;
  }, token);
}

export const test = base.extend<{ db: TestDb; mailbox: Mailbox }>({
  // Playwright's `use` hands the fixture to the test; it is not React's hook.
  db: async ({}, provide) => {
    await provide(testDb);
  },
  mailbox: async ({}, provide) => {
    await provide(mailbox);
  },
});

export { expect };
