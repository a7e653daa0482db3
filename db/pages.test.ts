import { beforeEach, describe, expect, it } from 'vitest';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { deletePage, getPageForEditing, getPublicPage, listFooterPages, listPublicPageSlugs, savePage } =
  await import('./pages');
const { getRedirectTarget } = await import('./redirects');
const { pageFormSchema } = await import('@/lib/page-form');

const actor = { staffId: 1, ip: '192.0.2.1' };
const now = new Date('2026-03-01T10:00:00Z');

const form = (values: Record<string, string>) =>
  pageFormSchema.parse({ title: 'À propos', slug: '', bodyMarkdown: 'Texte.', status: 'published', ...values });

const save = (values: Record<string, string>, id: number | null = null, version: number | null = null) => {
  const result = savePage(id, form(values), actor, now, version);
  if (!result.ok) throw new Error(result.error);
  return result;
};

beforeEach(() => {
  sqlite.exec('delete from pages; delete from redirects; delete from audit_log; delete from users;');
  sqlite.exec("insert into users (id, slug, name, email, role) values (1, 'awa', 'Awa', 'awa@example.com', 'editor')");
});

describe('savePage', () => {
  it('takes the slug from the title, renders the body through the sanitising renderer and audits', () => {
    const saved = save({
      bodyMarkdown:
        'Nous **écrivons**.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[lien](javascript:alert(1))',
    });
    const page = getPublicPage('a-propos')!;
    expect(page.id).toBe(saved.id);
    expect(page.bodyHtml).toContain('<strong>écrivons</strong>');
    expect(page.bodyHtml).not.toMatch(/<script|<img|href="javascript:/);
    const audit = sqlite.prepare('select action, target_type as type from audit_log').all();
    expect(audit).toEqual([{ action: 'page.create', type: 'page' }]);
  });

  it('gives a second page of the same title a new slug, and refuses a typed slug another page holds', () => {
    save({});
    expect(save({}).after.slug).toBe('a-propos-2');
    expect(savePage(null, form({ slug: 'a-propos' }), actor, now)).toEqual({ ok: false, error: 'slugTaken' });
  });

  it('keeps a draft out of public reads and the footer', () => {
    save({ status: 'draft', inFooter: 'on' });
    expect(getPublicPage('a-propos')).toBeNull();
    expect(listPublicPageSlugs()).toEqual([]);
    expect(listFooterPages()).toEqual([]);
  });

  it('lists the footer pages staff chose, by their order then title', () => {
    save({ title: 'Contact', inFooter: 'on', footerPosition: '2' });
    save({ title: 'Mentions légales', inFooter: 'on', footerPosition: '1' });
    save({ title: 'Charte', inFooter: '' });
    save({ title: 'Annonceurs', inFooter: 'on', footerPosition: '2' });
    expect(listFooterPages().map((p) => p.title)).toEqual(['Mentions légales', 'Annonceurs', 'Contact']);
  });

  it('keeps the old address of a renamed page, in one hop from the addresses that led to it', () => {
    const { id } = save({});
    sqlite
      .prepare(
        "insert into redirects (path, target, origin) values ('/qui-sommes-nous', '/page/a-propos', 'wordpress')",
      )
      .run();
    const renamed = save({ slug: 'la-redaction' }, id, 1);
    expect(renamed.before).toEqual({ slug: 'a-propos', inFooter: false });
    expect(renamed.after.slug).toBe('la-redaction');
    expect(getRedirectTarget('/page/a-propos')).toBe('/page/la-redaction');
    expect(getRedirectTarget('/qui-sommes-nous')).toBe('/page/la-redaction');
    // Back to its first address: that is a page again, not a redirect.
    save({ slug: 'a-propos' }, id, 2);
    expect(getRedirectTarget('/page/a-propos')).toBeNull();
    expect(getRedirectTarget('/qui-sommes-nous')).toBe('/page/a-propos');
  });

  it('refuses a save over a later one', () => {
    const { id } = save({});
    save({ title: 'À propos de nous' }, id, 1);
    expect(savePage(id, form({ title: 'Écrasé' }), actor, now, 1)).toEqual({ ok: false, error: 'conflict' });
    expect(getPageForEditing(id)).toMatchObject({ title: 'À propos de nous', version: 2 });
  });

  it('says when a page leaves the footer, so every page drops the link', () => {
    const { id } = save({ inFooter: 'on' });
    const unpublished = save({ status: 'draft', inFooter: 'on' }, id);
    expect(unpublished.before).toEqual({ slug: 'a-propos', inFooter: true });
    expect(unpublished.after).toEqual({ slug: 'a-propos', inFooter: false });
  });
});

describe('deletePage', () => {
  it('removes the page and the old addresses that led to it, with an audit row', () => {
    const { id } = save({ inFooter: 'on' });
    sqlite
      .prepare("insert into redirects (path, target, origin) values ('/?p=7', '/page/a-propos', 'wordpress')")
      .run();
    expect(deletePage(id, actor)).toEqual({ slug: 'a-propos', inFooter: true });
    expect(getPublicPage('a-propos')).toBeNull();
    expect(getRedirectTarget('/?p=7')).toBeNull();
    expect(deletePage(id, actor)).toBeNull();
    expect(sqlite.prepare("select count(*) as n from audit_log where action = 'page.delete'").get()).toEqual({ n: 1 });
  });
});
