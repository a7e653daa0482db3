import { beforeAll, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { listFeedComments } = await import('./feeds');
const { getCommentLocation } = await import('./comments');

let articleId: number;
const ids: number[] = [];

beforeAll(() => {
  sqlite.exec(
    'delete from comments; delete from article_tags; delete from articles; delete from users; delete from sections;',
  );
  const section = sqlite
    .prepare("insert into sections (slug, name) values ('culture', 'Culture')")
    .run().lastInsertRowid;
  const author = sqlite
    .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
    .run().lastInsertRowid;
  articleId = Number(
    sqlite
      .prepare(
        "insert into articles (slug, title, body_markdown, body_html, section_id, author_id, status) values ('a', 'A', '', '', ?, ?, 'published')",
      )
      .run(section, author).lastInsertRowid,
  );
  const insert = sqlite.prepare(
    "insert into comments (article_id, parent_id, thread_id, depth, author_name, author_email, author_email_hash, body, status, created_at) values (?, ?, ?, ?, 'Léa', 'lea@example.com', 'h', 'Oui', ?, ?)",
  );
  const add = (minute: number, thread: number | null = null, status = 'approved') =>
    ids.push(
      Number(
        insert.run(articleId, thread, thread, thread ? 1 : 0, status, Date.UTC(2026, 0, 1, 10, minute)).lastInsertRowid,
      ),
    );
  // Five threads (one held, which takes no place), then late replies to the first and the last.
  for (let minute = 0; minute < 6; minute++) add(minute, null, minute === 2 ? 'pending' : 'approved');
  add(10, ids[0]);
  add(11, ids[5]);
});

describe('listFeedComments', () => {
  // The feed linked every comment to the article's first page, where a later thread is not shown.
  for (const order of ['oldest', 'newest'] as const)
    it(`gives each comment the thread page it is shown on (${order} first)`, () => {
      const listed = listFeedComments(articleId, 50, 2, order);
      expect(listed.map((c) => c.id)).not.toContain(ids[2]);
      expect(listed).toHaveLength(7);
      for (const comment of listed)
        expect(comment.page, `comment ${comment.id}`).toBe(getCommentLocation(comment.id, 2, order)!.page);
      expect(new Set(listed.map((c) => c.page))).toEqual(new Set([1, 2, 3]));
    });
});
