import './database-env';
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { emailHash, sealEmail } from '../lib/commenter-identity';
import type { OutgoingMail } from '../lib/mail-message';
import { openTestDatabase } from './database';
import { mailbox, type Mailbox } from './mailbox';
import { CommentForm } from './pages/comment-form';
import { ModerationQueue } from './pages/moderation-queue';

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

/** The one value a query answers: its first column, of its first row. */
function valueOf<T>(query: string, ...params: unknown[]): T {
  return withDatabase(
    (sqlite) =>
      sqlite
        .prepare(query)
        .pluck()
        .get(...params) as T,
  );
}

const SEED_SLUG = 'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc';
let counter = 0;

export type StoredComment = {
  id: number;
  articleId: number;
  body: string;
  status: string;
  heldReason: string | null;
  reportCount: number;
};
const COMMENT_COLUMNS =
  'id, article_id as articleId, body, status, held_reason as heldReason, report_count as reportCount';

export type StoredArticle = {
  id: number;
  slug: string;
  title: string;
  status: string;
  bodyHtml: string;
  heroSrc: string | null;
  heroWidth: number | null;
  heroAlt: string | null;
};
const ARTICLE_COLUMNS =
  'id, slug, title, status, body_html as bodyHtml, hero_src as heroSrc, hero_width as heroWidth, hero_alt as heroAlt';
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
    /** A picture already stored (one of the seed's, in public/). */
    hero?: { src: string; width: number; height: number; alt: string };
    /** Another section than the seed article's, so that many articles do not push it off its section's first page. */
    sectionSlug?: string;
  }): { id: number; slug: string } {
    return withDatabase((sqlite) => {
      const seed = sqlite.prepare('select section_id, author_id from articles where slug = ?').get(SEED_SLUG) as {
        section_id: number;
        author_id: number;
      };
      const author_id = seed.author_id;
      const section_id =
        values.sectionSlug === undefined
          ? seed.section_id
          : (sqlite.prepare('select id from sections where slug = ?').get(values.sectionSlug) as { id: number }).id;
      const slug = values.slug ?? uniqueSlug('e2e');
      const body = values.bodyText ?? 'Texte.';
      const { id } = sqlite
        .prepare(
          'insert into articles (slug, title, dek, body_markdown, body_html, body_text, status, published_at, section_id, author_id, hero_src, hero_width, hero_height, hero_alt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id',
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
          values.hero?.src ?? null,
          values.hero?.width ?? null,
          values.hero?.height ?? null,
          values.hero?.alt ?? null,
        ) as { id: number };
      const tag = sqlite.prepare('insert into article_tags (article_id, tag_id) values (?, ?)');
      for (const tagId of values.tagIds ?? []) tag.run(id, tagId);
      return { id, slug };
    });
  },

  /** An old address kept in the redirects table, as the staff page or the WordPress import stores it. */
  insertRedirect(path: string, target: string): void {
    withDatabase((sqlite) =>
      sqlite.prepare("insert into redirects (path, target, origin) values (?, ?, 'staff')").run(path, target),
    );
  },

  insertTag(slug: string, name: string): number {
    return withDatabase(
      (sqlite) =>
        (sqlite.prepare('insert into tags (slug, name) values (?, ?) returning id').get(slug, name) as { id: number })
          .id,
    );
  },

  articleId(slug: string): number {
    return valueOf<number>('select id from articles where slug = ?', slug);
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
    return valueOf<string>(
      'select users.slug from articles join users on users.id = articles.author_id where articles.slug = ?',
      articleSlug,
    );
  },

  staffEmails(): string[] {
    return withDatabase((sqlite) =>
      (sqlite.prepare('select email from users').all() as { email: string }[]).map((row) => row.email),
    );
  },

  /** A comment written straight into the database (the public form is tested elsewhere), held as a first comment by default. */
  insertComment(values: {
    /** The seed article unless told. */
    articleId?: number;
    articleSlug?: string;
    body: string;
    authorName?: string;
    authorEmail?: string;
    ip?: string;
    status?: 'pending' | 'approved' | 'spam' | 'trash';
    heldReason?: string | null;
    reportCount?: number;
    /** Signed by the newsroom (the first account), as a staff reply is. */
    byStaff?: boolean;
  }): number {
    const status = values.status ?? 'pending';
    const email = values.authorEmail ?? 'lecteur@example.com';
    return withDatabase((sqlite) => {
      const articleId =
        values.articleId ??
        (
          sqlite.prepare('select id from articles where slug = ?').get(values.articleSlug ?? SEED_SLUG) as {
            id: number;
          }
        ).id;
      return (
        sqlite
          .prepare(
            'insert into comments (article_id, author_name, author_email, author_email_hash, body, status, held_reason, report_count, ip, staff_user_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then (select min(id) from users) end) returning id',
          )
          .get(
            articleId,
            values.authorName ?? 'Lecteur',
            sealEmail(email),
            emailHash(email),
            values.body,
            status,
            values.heldReason === undefined ? (status === 'pending' ? 'first-comment' : null) : values.heldReason,
            values.reportCount ?? 0,
            values.ip ?? '198.51.100.1',
            values.byStaff ? 1 : 0,
          ) as { id: number }
      ).id;
    });
  },

  /** What is stored of one comment, or undefined once it is gone. */
  comment(id: number): StoredComment | undefined {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare(`select ${COMMENT_COLUMNS} from comments where id = ?`).get(id) as StoredComment | undefined,
    );
  },

  /** The comment stored with exactly this text. */
  commentByBody(body: string): StoredComment | undefined {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare(`select ${COMMENT_COLUMNS} from comments where body = ?`).get(body) as StoredComment | undefined,
    );
  },

  /** A reader's report, as the report form stores it. */
  insertReport(commentId: number, reporterHash: string, reason: string): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare('insert into comment_reports (comment_id, reporter_hash, reason) values (?, ?, ?)')
        .run(commentId, reporterHash, reason),
    );
  },

  /** Audit entries matching every given field, oldest first, with their details parsed. */
  auditEntries(where: {
    action?: string;
    actionPrefix?: string;
    targetType?: string;
    targetId?: number;
    /** Done by the staff member with this e-mail. */
    byEmail?: string;
    detailsContain?: string;
  }): { action: string; details: Record<string, unknown> | null }[] {
    const columns: [keyof typeof where, string][] = [
      ['action', 'action = ?'],
      ['actionPrefix', "action like ? || '%'"],
      ['targetType', 'target_type = ?'],
      ['targetId', 'target_id = ?'],
      ['byEmail', 'user_id = (select id from users where email = ?)'],
      ['detailsContain', "details like '%' || ? || '%'"],
    ];
    const used = columns.filter(([key]) => where[key] !== undefined);
    const sql = `select action, details from audit_log where ${used.map(([, test]) => test).join(' and ') || '1'} order by id`;
    return withDatabase((sqlite) =>
      (sqlite.prepare(sql).all(...used.map(([key]) => where[key])) as { action: string; details: string | null }[]).map(
        (row) => ({ action: row.action, details: row.details === null ? null : JSON.parse(row.details) }),
      ),
    );
  },

  /** Every stored setting, as its stored text. */
  settings(): Record<string, string> {
    return withDatabase((sqlite) =>
      Object.fromEntries(
        (sqlite.prepare('select key, value from settings').all() as { key: string; value: string }[]).map((row) => [
          row.key,
          row.value,
        ]),
      ),
    );
  },

  /** The article with this title, as the editor stored it. */
  articleByTitle(title: string): StoredArticle | undefined {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare(`select ${ARTICLE_COLUMNS} from articles where title = ?`).get(title) as
          StoredArticle | undefined,
    );
  },

  article(id: number): StoredArticle | undefined {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare(`select ${ARTICLE_COLUMNS} from articles where id = ?`).get(id) as StoredArticle | undefined,
    );
  },

  /** The oldest published article (the seed's first), for tests that only need one. */
  firstPublishedArticle(): StoredArticle {
    return withDatabase(
      (sqlite) =>
        sqlite
          .prepare(`select ${ARTICLE_COLUMNS} from articles where status = 'published' order by id limit 1`)
          .get() as StoredArticle,
    );
  },

  /** How many articles, sections and tags have a title or name containing the text. */
  countContentNamed(text: string): number {
    return valueOf<number>(
      "select (select count(*) from articles where title like '%' || @text || '%') + (select count(*) from sections where name like '%' || @text || '%') + (select count(*) from tags where name like '%' || @text || '%') as n",
      { text },
    );
  },

  tagExists(slug: string): boolean {
    return withDatabase((sqlite) => Boolean(sqlite.prepare('select 1 from tags where slug = ?').get(slug)));
  },

  countCommenterRules(): number {
    return valueOf<number>('select count(*) as n from commenter_rules');
  },

  passwordHashOf(email: string): string {
    return withDatabase(
      (sqlite) =>
        (sqlite.prepare('select password_hash from users where email = ?').get(email) as { password_hash: string })
          .password_hash,
    );
  },

  staffSessionsOf(email: string): { id: string; lastSeenAt: number }[] {
    return withDatabase(
      (sqlite) =>
        sqlite
          .prepare(
            'select s.id, s.last_seen_at as lastSeenAt from staff_sessions s join users u on u.id = s.user_id where u.email = ?',
          )
          .all(email) as { id: string; lastSeenAt: number }[],
    );
  },

  /** Moves a staff session's last request to `at`, as if it had been idle since. */
  setSessionLastSeen(id: string, at: number): void {
    withDatabase((sqlite) => sqlite.prepare('update staff_sessions set last_seen_at = ? where id = ?').run(at, id));
  },

  /** Moves an account's recorded sign-in tries `ms` into the past, as if that time had passed. */
  ageSignInAttempts(email: string, ms: number): void {
    withDatabase((sqlite) =>
      sqlite.prepare('update login_attempts set created_at = created_at - ? where email = ?').run(ms, email),
    );
  },

  /** Failed sign-ins written straight into the database, the newest `newestMsAgo` ago, one a second before it. */
  insertFailedSignIns(rows: { email: string; ip: string }[], newestMsAgo: number): void {
    withDatabase((sqlite) => {
      const insert = sqlite.prepare('insert into login_attempts (email, ip, success, created_at) values (?, ?, 0, ?)');
      rows.forEach(({ email, ip }, i) => insert.run(email, ip, Date.now() - newestMsAgo - i * 1_000));
    });
  },

  countFailedSignIns(email: string): number {
    return withDatabase(
      (sqlite) =>
        (
          sqlite.prepare('select count(*) as n from login_attempts where email = ? and success = 0').get(email) as {
            n: number;
          }
        ).n,
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
      articleId?: number;
      authorEmail?: string;
      authorName?: string;
      body?: string;
      bodyContains?: string;
      status?: string;
      heldReason?: string;
      reportCount?: number;
    },
    file?: string,
  ): number {
    const columns: [keyof typeof where, string][] = [
      ['id', 'id = ?'],
      ['articleId', 'article_id = ?'],
      ['authorEmail', 'author_email_hash = ?'],
      ['authorName', 'author_name = ?'],
      ['body', 'body = ?'],
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

  /** Each comment stored under an e-mail address, oldest first. */
  commentsOf(email: string): StoredComment[] {
    return withDatabase(
      (sqlite) =>
        sqlite
          .prepare(`select ${COMMENT_COLUMNS} from comments where author_email_hash = ? order by id`)
          .all(emailHash(email)) as StoredComment[],
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

  /** The pictures of the media library uploaded under a file name. */
  mediaNamed(name: string): { id: number; src: string; width: number; height: number; alt: string }[] {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare('select id, src, width, height, alt from media_items where name = ? order by id').all(name) as {
          id: number;
          src: string;
          width: number;
          height: number;
          alt: string;
        }[],
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

  /** A member's profile as the author page shows it, by e-mail. */
  profileOf(email: string): { id: number; name: string; bio: string; avatar: string | null } {
    return withDatabase(
      (sqlite) =>
        sqlite.prepare('select id, name, bio, avatar from users where email = ?').get(email) as {
          id: number;
          name: string;
          bio: string;
          avatar: string | null;
        },
    );
  },

  /** Audit rows of an action about a user, by the user's e-mail. */
  auditCount(action: string, targetEmail: string): number {
    return valueOf<number>(
      "select count(*) as n from audit_log a join users u on u.id = a.target_id where a.target_type = 'user' and a.action = ? and u.email = ?",
      action,
      targetEmail,
    );
  },

  /**
   * Which of the texts the database file or its WAL holds as bytes, after folding the WAL into the file:
   * what a text search of a copied database finds. The server's own connection may be reading: retried.
   */
  databaseFileHolds(texts: string[]): string[] {
    const file = process.env.E2E_DATABASE_PATH!;
    withDatabase((sqlite) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result?.busy === 0) return;
      }
      throw new Error('the WAL could not be checkpointed');
    });
    const bytes = [file, `${file}-wal`].flatMap((name) => (fs.existsSync(name) ? [fs.readFileSync(name)] : []));
    return texts.filter((text) => bytes.some((content) => content.includes(Buffer.from(text))));
  },

  /** Moves the "Mes données" links and sessions of an address past their end. */
  expireDataAccessOf(email: string): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare('update data_access_tokens set expires_at = ? where email_hash = ?')
        .run(Date.now() - 1_000, emailHash(email)),
    );
  },

  /** Whether any stored link token equals this one in clear (it never should: only keyed hashes are kept). */
  linkTokenStoredInClear(token: string): boolean {
    return withDatabase(
      (sqlite) => sqlite.prepare('select 1 from account_links where token_hash = ?').get(token) !== undefined,
    );
  },

  /** A member's digest choice, as their account page stores it (for members a spec needs only as witnesses). */
  setDigestFrequency(email: string, frequency: 'none' | 'hourly' | 'daily'): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare(
          `insert into moderation_digests (user_id, frequency) select id, ? from users where email = ?
           on conflict (user_id) do update set frequency = excluded.frequency`,
        )
        .run(frequency, email),
    );
  },

  /** Moves a member's last digest back in time, as if sent `ms` earlier: the clock moved on to a new period. */
  moveDigestPeriodBack(email: string, ms: number): void {
    withDatabase((sqlite) =>
      sqlite
        .prepare(
          'update moderation_digests set last_period_start = last_period_start - ? where user_id = (select id from users where email = ?)',
        )
        .run(ms, email),
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

/** A preview link's token for an article as if the link had been made at `issuedAt` (expired when long ago). */
export async function previewTokenIssuedAt(articleId: number, issuedAt: Date): Promise<string> {
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  const { previewToken } = await import('../lib/preview-link');
  const { secretFor } = await import('../lib/secret');
  return previewToken(articleId, issuedAt, secretFor('preview-link'));
}

/**
 * For an article a spec needs only for its comments: a chapô, as feeds require, published two days ago and
 * in a section no spec reads, so it stays out of the newest articles and the section feeds other specs read.
 */
export const quietArticle = {
  dek: 'Un article pour les commentaires.',
  publishedAt: Date.now() - 2 * 86_400_000,
  sectionSlug: 'international',
};

/**
 * A genuine key for one's own comment (lib/own-comment-keys.ts), signed with the server's secret like
 * formTokenRenderedEarlier: what the author's browser holds, minted here to replay an expired one.
 */
export async function ownCommentCookie(id: number, createdAt: number): Promise<string> {
  process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
  const { encodeOwnKeys } = await import('../lib/own-comment-keys');
  return encodeOwnKeys(undefined, { id, createdAt }, createdAt, 10);
}

export const test = base.extend<{ db: TestDb; commentForm: CommentForm; queue: ModerationQueue; mailbox: Mailbox }>({
  // Playwright's `use` hands the fixture to the test; it is not React's hook.
  db: async ({}, provide) => {
    await provide(testDb);
  },
  commentForm: async ({ page }, provide) => {
    await provide(new CommentForm(page));
  },
  queue: async ({ page }, provide) => {
    await provide(new ModerationQueue(page));
  },
  mailbox: async ({}, provide) => {
    await provide(mailbox);
  },
});

export { expect };
