import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { listSectionsWithCounts } = await import('./staff-taxonomy');

const insertSection = (slug: string, name: string, position: number) =>
  Number(
    sqlite.prepare('insert into sections (slug, name, position) values (?, ?, ?)').run(slug, name, position)
      .lastInsertRowid,
  );

beforeEach(() => {
  sqlite.exec('delete from article_tags; delete from articles; delete from users; delete from sections;');
});

describe('listSectionsWithCounts', () => {
  // The count was a correlated subquery whose `sections.id` drizzle wrote unqualified, so it read `articles.id`:
  // every section showed "0 article" on /admin/rubriques.
  it('counts the articles of each section, drafts included', () => {
    const economie = insertSection('economie', 'Économie', 1);
    const culture = insertSection('culture', 'Culture', 2);
    insertSection('sport', 'Sport', 3);
    const author = Number(
      sqlite
        .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
        .run().lastInsertRowid,
    );
    const insert = sqlite.prepare(
      "insert into articles (slug, title, body_markdown, body_html, section_id, author_id, status) values (?, 'T', '', '', ?, ?, ?)",
    );
    for (let i = 0; i < 3; i++) insert.run(`eco-${i}`, economie, author, i === 0 ? 'draft' : 'published');
    for (let i = 0; i < 14; i++) insert.run(`cul-${i}`, culture, author, 'published');
    expect(listSectionsWithCounts().map((s) => [s.slug, s.articles])).toEqual([
      ['economie', 3],
      ['culture', 14],
      ['sport', 0],
    ]);
  });
});
