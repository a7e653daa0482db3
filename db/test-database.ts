import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * For db/ unit tests: points the process's one connection at a fresh, migrated file. Call it before
 * importing any db/ module (import them dynamically after it): the connection opens on first import.
 */
export async function prepareTestDatabase() {
  process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-unit-')), 'site.db');
  const { db, sqlite } = await import('./index');
  const { migrateDatabase } = await import('./migrate');
  migrateDatabase(db);
  return { db, sqlite };
}

/** A section, a byline and one article in them, for tests about comments; returns the ids. */
export async function insertTestArticle(values: { title?: string; commentCount?: number } = {}) {
  const { db } = await import('./index');
  const { articles, sections, users } = await import('./schema');
  const sectionId = db.insert(sections).values({ slug: 's', name: 'S' }).returning().get().id;
  const authorId = db
    .insert(users)
    .values({ slug: 'u', name: 'U', email: 'u@example.com', role: 'editor' })
    .returning()
    .get().id;
  const articleId = db
    .insert(articles)
    .values({ slug: 'a', title: values.title ?? 'A', bodyMarkdown: '', bodyHtml: '', sectionId, authorId, ...values })
    .returning()
    .get().id;
  return { sectionId, authorId, articleId };
}
