import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleForm } from '@/lib/article-form';
import { blankArticleForm } from '@/lib/test-article-form';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const staff = await import('./staff-articles');

let sectionId: number;
let authorId: number;
const actor = () => ({ staffId: authorId, ip: null });
const now = new Date('2026-03-01T12:00:00Z');
const form = (overrides: Partial<ArticleForm> = {}): ArticleForm => ({
  ...blankArticleForm({ sectionId, authorId }),
  title: 'Économie : le cacao à prix d’or',
  bodyMarkdown: 'Un **texte**.\n\n<script>alert(1)</script>',
  tags: ['Cacao', 'Économie'],
  ...overrides,
});
const row = (id: number) =>
  sqlite.prepare('select slug, status, published_at, updated_at, body_html from articles where id = ?').get(id) as {
    slug: string;
    status: string;
    published_at: number | null;
    updated_at: number | null;
    body_html: string;
  };

beforeEach(() => {
  sqlite.exec(
    'delete from audit_log; delete from article_redirects; delete from article_tags; delete from articles; delete from tags; delete from users; delete from sections;',
  );
  sectionId = Number(
    sqlite.prepare("insert into sections (slug, name) values ('economie', 'Économie')").run().lastInsertRowid,
  );
  authorId = Number(
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
      .run().lastInsertRowid,
  );
});

describe('saveArticle', () => {
  it('creates a draft: slug from the title with accents folded, body rendered safely, tags created, audited', () => {
    const saved = staff.saveArticle(null, form(), actor(), now);
    expect(saved).toMatchObject({ ok: true, before: null, published: false });
    if (!saved.ok) return;
    expect(row(saved.id)).toMatchObject({ slug: 'economie-le-cacao-a-prix-dor', status: 'draft', published_at: null });
    expect(row(saved.id).body_html).toContain('<strong>texte</strong>');
    expect(row(saved.id).body_html).not.toContain('<script');
    expect(saved.after).toEqual({
      id: saved.id,
      slug: 'economie-le-cacao-a-prix-dor',
      sectionSlug: 'economie',
      authorSlug: 'awa',
      tagSlugs: expect.arrayContaining(['cacao', 'economie']),
    });
    expect(sqlite.prepare('select action from audit_log where target_id = ?').pluck().all(saved.id)).toEqual([
      'article.create',
    ]);
    // The same title again gets the next free address.
    const second = staff.saveArticle(null, form(), actor(), now);
    expect(second.ok && row(second.id).slug).toBe('economie-le-cacao-a-prix-dor-2');
  });

  it('publishes now when no time is given, schedules a time to come', () => {
    const draft = staff.saveArticle(null, form(), actor(), now);
    if (!draft.ok) throw new Error();
    const published = staff.saveArticle(draft.id, form({ status: 'published' }), actor(), now);
    expect(published).toMatchObject({ ok: true, published: true });
    expect(row(draft.id).published_at).toBe(now.getTime());
    const later = new Date('2026-03-05T08:00:00Z');
    staff.saveArticle(draft.id, form({ status: 'published', publishedAt: later }), actor(), now);
    expect(row(draft.id).published_at).toBe(later.getTime());
    expect(
      staff.listArticlesForStaff({ search: 'cacao', state: 'scheduled', page: 1 }, now).rows.map((r) => r.id),
    ).toEqual([draft.id]);
    expect(
      sqlite.prepare('select action from audit_log where target_id = ? order by id').pluck().all(draft.id),
    ).toEqual(['article.create', 'article.publish', 'article.unpublish']);
  });

  it('keeps a renamed article’s old address as a redirect, refuses a slug in use, and gives an old address back', () => {
    const first = staff.saveArticle(
      null,
      form({ status: 'published', publishedAt: new Date('2026-02-01T00:00:00Z') }),
      actor(),
      now,
    );
    const other = staff.saveArticle(null, form({ title: 'Autre' }), actor(), now);
    if (!first.ok || !other.ok) throw new Error();
    const renamed = staff.saveArticle(
      first.id,
      form({ status: 'published', slug: 'cacao-prix-record', publishedAt: new Date('2026-02-01T00:00:00Z') }),
      actor(),
      now,
    );
    expect(renamed).toMatchObject({
      ok: true,
      before: { slug: 'economie-le-cacao-a-prix-dor' },
      after: { slug: 'cacao-prix-record' },
    });
    // A plain save is not a correction (db/corrections.ts): readers' "Mis à jour le" does not move.
    expect(row(first.id).updated_at).toBeNull();
    expect(sqlite.prepare('select slug, article_id from article_redirects').all()).toEqual([
      { slug: 'economie-le-cacao-a-prix-dor', article_id: first.id },
    ]);
    expect(staff.saveArticle(other.id, form({ title: 'Autre', slug: 'cacao-prix-record' }), actor(), now)).toEqual({
      ok: false,
      error: 'slugTaken',
    });
    expect(
      staff.saveArticle(other.id, form({ title: 'Autre', slug: 'economie-le-cacao-a-prix-dor' }), actor(), now),
    ).toEqual({ ok: false, error: 'slugTaken' });
    staff.saveArticle(first.id, form({ status: 'published', slug: 'economie-le-cacao-a-prix-dor' }), actor(), now);
    expect(sqlite.prepare('select slug from article_redirects').pluck().all()).toEqual(['cacao-prix-record']);
  });

  it('keeps a revision of every save, and refuses a save over someone else’s made since the form was opened', () => {
    const created = staff.saveArticle(null, form({ title: 'Première' }), actor(), now);
    if (!created.ok) throw new Error();
    const version = () =>
      (sqlite.prepare('select version from articles where id = ?').get(created.id) as { version: number }).version;
    expect(version()).toBe(1);
    expect(staff.saveArticle(created.id, form({ title: 'Deuxième' }), actor(), now, 1)).toMatchObject({ ok: true });
    expect(version()).toBe(2);
    // A colleague still on version 1 is refused, and nothing of theirs is written.
    expect(staff.saveArticle(created.id, form({ title: 'Écrasée' }), actor(), now, 1)).toEqual({
      ok: false,
      error: 'conflict',
    });
    expect(
      sqlite
        .prepare('select kind, title, author_id as authorId from article_revisions where article_id = ? order by id')
        .all(created.id),
    ).toEqual([
      { kind: 'save', title: 'Première', authorId },
      { kind: 'save', title: 'Deuxième', authorId },
    ]);
  });

  it('refuses an unknown section or byline', () => {
    expect(staff.saveArticle(null, form({ sectionId: sectionId + 100 }), actor(), now)).toEqual({
      ok: false,
      error: 'unknownChoice',
    });
  });
});
