import { beforeEach, describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '@/lib/search-highlight';
import { toMatchExpression } from '@/lib/search-query';
import type { SearchFilters } from './search';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { searchArticles, SEARCH_RESULTS_PER_PAGE } = await import('./search');

const now = new Date('2026-03-01T12:00:00Z');
const hour = 3_600_000;
const noFilter: SearchFilters = { sectionId: null, from: null, before: null };
let sectionIds: number[];
let authorId: number;

function article(values: {
  title: string;
  dek?: string;
  body?: string;
  status?: string;
  publishedAt?: number;
  section?: number;
}): number {
  return Number(
    sqlite
      .prepare(
        "insert into articles (slug, title, dek, body_markdown, body_html, body_text, status, published_at, section_id, author_id) values (?, ?, ?, '', '', ?, ?, ?, ?, ?)",
      )
      .run(
        `a-${Math.random()}`,
        values.title,
        values.dek ?? '',
        values.body ?? '',
        values.status ?? 'published',
        values.publishedAt ?? now.getTime() - hour,
        sectionIds[values.section ?? 0],
        authorId,
      ).lastInsertRowid,
  );
}
const tag = (name: string) =>
  Number(sqlite.prepare('insert into tags (slug, name) values (?, ?)').run(name.toLowerCase(), name).lastInsertRowid);
const search = (query: string, filters = noFilter, page = 1) =>
  searchArticles(toMatchExpression(query)!, filters, page, now);
const titles = (query: string, filters = noFilter) => search(query, filters)!.items.map((hit) => hit.title);

beforeEach(() => {
  sqlite.exec(
    'delete from article_tags; delete from articles; delete from tags; delete from users; delete from sections;',
  );
  sectionIds = ['monde', 'sport'].map((slug) =>
    Number(sqlite.prepare('insert into sections (slug, name) values (?, ?)').run(slug, slug).lastInsertRowid),
  );
  authorId = Number(
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
      .run().lastInsertRowid,
  );
});

describe('searchArticles', () => {
  it('folds accents and apostrophes, and marks the matched words in a snippet of the body', () => {
    article({
      title: 'La valeur militaro-politique de l’OTSC',
      body: 'Le pacte de sécurité collective a été invoqué pour la première fois.',
    });
    const result = search('securite collective')!;
    expect(result.total).toBe(1);
    expect(result.items[0].snippet).toBe(
      `Le pacte de ${MARK_START}sécurité${MARK_END} ${MARK_START}collective${MARK_END} a été invoqué pour la première fois.`,
    );
    expect(titles('OTSC')).toEqual(['La valeur militaro-politique de l’OTSC']);
  });

  it('runs every kind of expression the sanitiser writes, ligature groups among words included', () => {
    article({ title: 'Au cœur du sommet', body: 'Le vœu des sœurs.' });
    expect(titles('coeur sommet')).toEqual(['Au cœur du sommet']);
    expect(titles('sommet sœurs voeu')).toEqual(['Au cœur du sommet']);
    // Nothing left to search for: no query at all rather than an FTS syntax error.
    expect(toMatchExpression('"')).toBeNull();
    for (const input of [
      'NEAR(a b) -c',
      'title:x AND (y OR z)*',
      '^a* "b',
      'œ æ oe ae',
      'a'.repeat(2_000),
      Array.from({ length: 40 }, (_, i) => `coeur${i}`).join(' '),
    ]) {
      // Each is turned into quoted terms that SQLite runs as words, none of which is in an article here.
      const match = toMatchExpression(input);
      expect(match, input).not.toBeNull();
      expect(searchArticles(match!, noFilter, 1, now)?.items, input).toEqual([]);
    }
  });

  it('ranks a title hit above a body hit, and newer first among equals', () => {
    // bm25 weighs a word by its rarity: in a corpus where every article has it, nothing would rank.
    for (let i = 0; i < 5; i++) article({ title: `Autre chose ${i}`, body: 'Sans rapport.' });
    article({
      title: 'Un autre sujet',
      body: 'Il est question du cacao ici, une fois, au milieu du texte.',
      publishedAt: now.getTime() - hour,
    });
    article({ title: 'Le cacao à prix record', body: 'Rien à voir.', publishedAt: now.getTime() - 100 * hour });
    article({ title: 'Le cacao à prix record', body: 'Rien à voir.', publishedAt: now.getTime() - 50 * hour });
    const hits = search('cacao')!.items;
    expect(hits.map((hit) => [hit.title, hit.publishedAt.getTime()])).toEqual([
      ['Le cacao à prix record', now.getTime() - 50 * hour],
      ['Le cacao à prix record', now.getTime() - 100 * hour],
      ['Un autre sujet', now.getTime() - hour],
    ]);
  });

  it('never finds a draft or an article scheduled later, and finds the latter once its time has come', () => {
    article({ title: 'Brouillon confidentiel', status: 'draft', publishedAt: now.getTime() - hour });
    article({ title: 'Annonce confidentielle', publishedAt: now.getTime() + hour });
    expect(search('confidentiel')!.total).toBe(0);
    expect(
      searchArticles(toMatchExpression('confidentiel')!, noFilter, 1, new Date(now.getTime() + 2 * hour))!.items.map(
        (hit) => hit.title,
      ),
    ).toEqual(['Annonce confidentielle']);
  });

  it('stays in sync with edits, tags, tag renames and deletions', () => {
    const id = article({ title: 'Réunion ministérielle', body: 'Texte.' });
    sqlite.prepare('update articles set title = ? where id = ?').run('Sommet régional', id);
    expect(search('ministerielle')!.total).toBe(0);
    expect(titles('sommet')).toEqual(['Sommet régional']);

    const cemac = tag('CEMAC');
    sqlite.prepare('insert into article_tags (article_id, tag_id) values (?, ?)').run(id, cemac);
    expect(titles('cemac')).toEqual(['Sommet régional']);
    sqlite.prepare('update tags set name = ? where id = ?').run('Zone franc', cemac);
    expect(search('cemac')!.total).toBe(0);
    expect(titles('zone franc')).toEqual(['Sommet régional']);
    sqlite.prepare('delete from tags where id = ?').run(cemac);
    expect(search('franc')!.total).toBe(0);

    sqlite.prepare('delete from articles where id = ?').run(id);
    expect(search('sommet')!.total).toBe(0);
    expect((sqlite.prepare('select count(*) n from article_search').get() as { n: number }).n).toBe(0);
  });

  it('filters by section and by date, the end day included', () => {
    const day = (iso: string) => new Date(iso).getTime();
    article({ title: 'Match de football', section: 0, publishedAt: day('2026-02-10T12:00:00Z') });
    article({ title: 'Football scolaire', section: 1, publishedAt: day('2026-02-20T12:00:00Z') });
    expect(titles('football', { ...noFilter, sectionId: sectionIds[1] })).toEqual(['Football scolaire']);
    expect(titles('football', { ...noFilter, from: new Date('2026-02-15T00:00:00Z') })).toEqual(['Football scolaire']);
    expect(titles('football', { ...noFilter, before: new Date('2026-02-11T00:00:00Z') })).toEqual([
      'Match de football',
    ]);
  });

  it('pages with a total, and answers null past the last page', () => {
    for (let i = 0; i < SEARCH_RESULTS_PER_PAGE + 2; i++)
      article({ title: `Élection ${i}`, publishedAt: now.getTime() - (i + 1) * hour });
    const first = search('élection')!;
    expect(first).toMatchObject({ total: SEARCH_RESULTS_PER_PAGE + 2, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    expect(search('election', noFilter, 2)!.items).toHaveLength(2);
    expect(search('election', noFilter, 3)).toBeNull();
    expect(search('introuvable')).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});
