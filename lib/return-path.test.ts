import { describe, expect, it } from 'vitest';
import { safeReturnPath, withParam } from './return-path';
import { hostileReturnPaths } from './return-path-hostile';

describe('safeReturnPath', () => {
  it('keeps a dashboard path with its query', () => {
    expect(safeReturnPath('/admin/commentaires?statut=spam')).toBe('/admin/commentaires?statut=spam');
    expect(safeReturnPath('/admin/commentaires?q=jean%40exemple.cm&page=2')).toBe(
      '/admin/commentaires?q=jean%40exemple.cm&page=2',
    );
    expect(safeReturnPath('/admin/articles/12')).toBe('/admin/articles/12');
    expect(safeReturnPath('/admin')).toBe('/admin');
    expect(safeReturnPath('/admin/')).toBe('/admin/');
  });

  it.each(hostileReturnPaths.map((raw) => [JSON.stringify(raw).slice(0, 80), raw]))(
    'falls back to the dashboard for %s',
    (_label, raw) => {
      expect(safeReturnPath(raw)).toBe('/admin');
    },
  );

  it('holds at least thirty hostile values', () => {
    expect(hostileReturnPaths.length).toBeGreaterThanOrEqual(30);
  });

  it('falls back for what is not a string', () => {
    for (const raw of [null, undefined, 42, ['/admin/x'], {}]) expect(safeReturnPath(raw)).toBe('/admin');
  });

  it('never returns what a browser would resolve elsewhere', () => {
    for (const raw of hostileReturnPaths) {
      const url = new URL(safeReturnPath(raw), 'http://site.invalid');
      expect(url.origin).toBe('http://site.invalid');
      expect(url.pathname).toBe('/admin');
    }
  });
});

describe('withParam', () => {
  it('sets, replaces or removes one parameter', () => {
    expect(withParam('/admin/commentaires?statut=spam', 'fait', 'abc')).toBe(
      '/admin/commentaires?statut=spam&fait=abc',
    );
    expect(withParam('/admin/commentaires?fait=old&q=a+b', 'fait', 'new')).toBe('/admin/commentaires?fait=new&q=a+b');
    expect(withParam('/admin/commentaires?fait=old', 'fait', null)).toBe('/admin/commentaires');
  });
});
