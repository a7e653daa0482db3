import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleForm } from '@/lib/article-form';
import { TRASH_KEPT_MS } from '@/lib/trash';
import { blankArticleForm } from '@/lib/test-article-form';
import { prepareTestDatabase } from './test-database';

const { sqlite, db } = await prepareTestDatabase();
const staff = await import('./staff-articles');
const revisions = await import('./revisions');
const trash = await import('./trash');
const corrections = await import('./corrections');
const articles = await import('./articles');
const { isGoneArticle } = await import('./gone-articles');

let authorId: number;
let sectionId: number;
const actor = () => ({ staffId: authorId, ip: null });
const now = new Date('2026-03-01T12:00:00Z');
const form = (overrides: Partial<ArticleForm> = {}): ArticleForm => ({
  ...blankArticleForm({ sectionId, authorId }),
  title: 'Le prix du cacao',
  bodyMarkdown: 'Le prix du cacao monte.',
  status: 'published',
  publishedAt: new Date('2026-02-01T00:00:00Z'),
  ...overrides,
});
const published = (overrides: Partial<ArticleForm> = {}) => {
  const saved = staff.saveArticle(null, form(overrides), actor(), now);
  if (!saved.ok) throw new Error(saved.error);
  return saved;
};
const audit = () => sqlite.prepare('select action from audit_log order by id').pluck().all();

beforeEach(() => {
  sqlite.exec(
    'delete from audit_log; delete from article_tombstones; delete from articles; delete from users; delete from sections;',
  );
  sectionId = Number(
    sqlite.prepare("insert into sections (slug, name) values ('eco', 'Économie')").run().lastInsertRowid,
  );
  authorId = Number(
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
      .run().lastInsertRowid,
  );
});

describe('revisions', () => {
  it('restores an old text as a new revision, audited, and refuses a restore over a newer save', () => {
    const { id } = published();
    staff.saveArticle(id, form({ bodyMarkdown: 'Le prix du café monte.' }), actor(), now, 1);
    const [latest, first] = revisions.listRevisions(id);
    expect([latest.kind, first.kind, first.authorName]).toEqual(['save', 'save', 'Awa']);
    expect(revisions.restoreRevision(id, first.id, 1, actor())).toEqual({ ok: false, error: 'conflict' });
    expect(revisions.restoreRevision(id, first.id, 2, actor())).toMatchObject({ ok: true });
    expect(articles.getPublicArticle('le-prix-du-cacao')?.bodyHtml).toContain('cacao monte');
    expect(revisions.listRevisions(id).map((revision) => revision.kind)).toEqual(['restore', 'save', 'save']);
    expect(audit()).toContain('article.restoreRevision');
    // Another article's revision cannot be restored through this one.
    const other = published({ title: 'Autre' });
    expect(revisions.restoreRevision(other.id, first.id, 1, actor())).toEqual({ ok: false, error: 'missing' });
  });

  it('keeps one autosave per member without touching the article, and stops at a newer save', () => {
    const { id } = published();
    const text = { title: 'Le prix du cacao', dek: '', bodyMarkdown: 'En cours' };
    expect(revisions.autosaveArticle(id, 1, authorId, text, now)).toMatchObject({ ok: true });
    expect(revisions.autosaveArticle(id, 1, authorId, { ...text, bodyMarkdown: 'En cours, suite' }, now)).toMatchObject(
      {
        ok: true,
      },
    );
    const autosaves = revisions.listRevisions(id).filter((revision) => revision.kind === 'autosave');
    expect(autosaves).toHaveLength(1);
    expect(revisions.getRevision(id, autosaves[0].id)?.bodyMarkdown).toBe('En cours, suite');
    expect(articles.getPublicArticle('le-prix-du-cacao')?.bodyHtml).toContain('cacao monte');
    staff.saveArticle(id, form(), actor(), now, 1);
    // The member's save supersedes their autosave; one made on the old version is refused.
    expect(revisions.listRevisions(id).map((revision) => revision.kind)).toEqual(['save', 'save']);
    expect(revisions.autosaveArticle(id, 1, authorId, text, now)).toEqual({ ok: false, error: 'conflict' });
  });
});

describe('trash', () => {
  it('hides a trashed article everywhere, answers gone, restores it as it was', () => {
    const { id } = published();
    expect(trash.trashArticle(id, actor(), now)).toMatchObject({ slug: 'le-prix-du-cacao' });
    expect(articles.getPublicArticle('le-prix-du-cacao')).toBeNull();
    expect(articles.listLatestArticles(10)).toEqual([]);
    expect(isGoneArticle(db, 'le-prix-du-cacao')).toBe(true);
    expect(trash.listTrashedArticles().map((article) => article.id)).toEqual([id]);
    expect(trash.restoreArticle(id, actor())).toMatchObject({ slug: 'le-prix-du-cacao' });
    expect(articles.getPublicArticle('le-prix-du-cacao')).not.toBeNull();
    expect(isGoneArticle(db, 'le-prix-du-cacao')).toBe(false);
    expect(audit()).toEqual(['article.create', 'article.trash', 'article.untrash']);
  });

  it('purges after 30 days, not before; the address stays gone until an article takes it again', () => {
    const { id } = published();
    trash.trashArticle(id, actor(), now);
    expect(trash.purgeTrash(new Date(now.getTime() + TRASH_KEPT_MS - 1))).toBe(0);
    expect(trash.purgeTrash(new Date(now.getTime() + TRASH_KEPT_MS))).toBe(1);
    expect(sqlite.prepare('select count(*) from articles').pluck().get()).toBe(0);
    expect(sqlite.prepare('select count(*) from article_revisions').pluck().get()).toBe(0);
    expect(isGoneArticle(db, 'le-prix-du-cacao')).toBe(true);
    published();
    expect(isGoneArticle(db, 'le-prix-du-cacao')).toBe(false);
  });
});

describe('corrections', () => {
  it('dates a note on a public article and moves its update time; a draft takes none', () => {
    const { id } = published();
    const later = new Date('2026-03-03T09:00:00Z');
    expect(corrections.addCorrection(id, 'Le prix était de 2 000 francs.', actor(), later)).toMatchObject({ id });
    expect(corrections.listCorrections(id)).toMatchObject([
      { note: 'Le prix était de 2 000 francs.', createdAt: later },
    ]);
    expect(articles.getPublicArticle('le-prix-du-cacao')?.updatedAt).toEqual(later);
    const draft = published({ title: 'Brouillon', status: 'draft', publishedAt: null });
    expect(corrections.addCorrection(draft.id, 'Rien', actor(), later)).toBeNull();
    expect(corrections.listCorrections(draft.id)).toEqual([]);
  });
});
