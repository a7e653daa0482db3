import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';
import type { MediaFilter } from './media';

const { sqlite } = await prepareTestDatabase();
const media = await import('./media');

let staffId: number;
const actor = () => ({ staffId, ip: null });
const picture = (n: number, name: string) => ({
  src: `/medias/${String(n).padStart(32, '0')}.jpg`,
  name,
  width: 1600,
  height: 900,
  bytes: 1000,
});

beforeEach(() => {
  sqlite.exec(
    'delete from audit_log; delete from media_items; delete from articles; delete from sections; delete from users;',
  );
  staffId = Number(
    sqlite
      .prepare("insert into users (slug, name, email, role) values ('awa', 'Awa', 'awa@example.com', 'editor')")
      .run().lastInsertRowid,
  );
});

describe('the media library', () => {
  it('keeps one item per stored picture, whatever the number of uploads, and audits each upload', () => {
    const [first] = media.addMedia([picture(1, 'marche.jpg')], actor());
    media.updateMediaText(first!, { alt: 'Le marché', caption: null, credit: 'AFP' }, actor());
    const again = media.addMedia([picture(1, 'marche-copie.jpg'), picture(2, 'port.jpg')], actor());
    expect(again[0]).toBe(first);
    expect(media.getMedia(first!)).toMatchObject({ name: 'marche.jpg', alt: 'Le marché', credit: 'AFP' });
    expect(sqlite.prepare("select count(*) as n from audit_log where action like 'media.%'").get()).toEqual({ n: 3 });
  });

  it('is searched by name or alt text and by upload day', () => {
    const [market, port] = media.addMedia([picture(1, 'marche.jpg'), picture(2, 'port.jpg')], actor());
    media.updateMediaText(port!, { alt: 'Le port de Kribi', caption: null, credit: null }, actor());
    sqlite
      .prepare('update media_items set created_at = ? where id = ?')
      .run(Date.parse('2026-02-01T10:00:00Z'), market);
    const names = (filter: Partial<MediaFilter>) =>
      media.listMedia({ search: '', since: null, until: null, page: 1, ...filter }).rows.map((row) => row.name);
    expect(names({ search: 'MARCH' })).toEqual(['marche.jpg']);
    expect(names({ search: 'kribi' })).toEqual(['port.jpg']);
    expect(names({ search: '%' })).toEqual([]);
    expect(names({ since: new Date('2026-02-01T00:00:00Z'), until: new Date('2026-02-02T00:00:00Z') })).toEqual([
      'marche.jpg',
    ]);
  });

  it('renders a body with the library’s size and words for its pictures', () => {
    const [id] = media.addMedia([picture(1, 'marche.jpg')], actor());
    media.updateMediaText(id!, { alt: 'Le marché', caption: 'Douala', credit: 'AFP' }, actor());
    const html = media.renderBody(`![](${picture(1, '').src})\n\n![](/medias/${'f'.repeat(32)}.jpg)`);
    expect(html).toContain('alt="Le marché"');
    expect(html).toContain('width="1600" height="900"');
    expect(html).toContain('<figcaption>Douala <span class="credit">AFP</span></figcaption>');
    // A picture the library does not know stays a plain image, without a made-up size.
    expect(html).toContain(`<img src="/medias/${'f'.repeat(32)}.jpg" alt="" loading="lazy" decoding="async" />`);
  });

  it('deletes a picture nothing shows, audited; one an article or a profile shows is refused with where it is used', () => {
    const [id] = media.addMedia([picture(1, 'marche.jpg')], actor());
    const { src } = media.getMedia(id!)!;
    const section = sqlite
      .prepare("insert into sections (slug, name) values ('eco', 'Économie')")
      .run().lastInsertRowid;
    const article = (title: string, values: { body?: string; hero?: string | null; trashedAt?: number | null }) =>
      Number(
        sqlite
          .prepare(
            'insert into articles (slug, title, body_markdown, body_html, section_id, author_id, hero_src, trashed_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            title,
            title,
            values.body ?? 'Texte.',
            '',
            section,
            staffId,
            values.hero ?? null,
            values.trashedAt ?? null,
          ).lastInsertRowid,
      );
    const inBody = article('dans-le-texte', { body: `Avant.\n\n![Le marché](${src})\n\nAprès.` });
    const asHero = article('a-la-une', { hero: src, trashedAt: Date.now() });
    article('sans-image', {});
    sqlite.prepare('update users set avatar = ? where id = ?').run(src, staffId);

    expect(media.deleteMedia(id!, actor())).toEqual({
      usedBy: [
        { kind: 'article', id: asHero, title: 'a-la-une', trashed: true },
        { kind: 'article', id: inBody, title: 'dans-le-texte', trashed: false },
        { kind: 'profile', id: staffId, name: 'Awa' },
      ],
    });
    expect(media.getMedia(id!)).not.toBeNull();

    sqlite.exec('delete from articles');
    sqlite.prepare('update users set avatar = null').run();
    expect(media.deleteMedia(id!, actor())).toMatchObject({ deleted: { id, src, name: 'marche.jpg' } });
    expect(media.getMedia(id!)).toBeNull();
    expect(media.deleteMedia(id!, actor())).toBeNull();
    expect(
      sqlite.prepare("select target_id as id, details from audit_log where action = 'media.delete'").all(),
    ).toEqual([{ id, details: JSON.stringify({ name: 'marche.jpg', src }) }]);
  });
});
