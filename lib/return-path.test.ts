import { describe, expect, it } from 'vitest';
import { safeReturnPath, withParam } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a dashboard path with its query', () => {
    expect(safeReturnPath('/admin/commentaires?statut=spam')).toBe('/admin/commentaires?statut=spam');
    expect(safeReturnPath('/admin')).toBe('/admin');
  });

  it('falls back to the dashboard for anything else', () => {
    for (const raw of [
      null,
      '',
      'https://evil.example',
      '//evil.example/admin',
      '/\\evil.example',
      '/administrateur',
      '/article/x',
      '/admin/connexion',
      '/admin\n',
      42,
    ]) {
      expect(safeReturnPath(raw)).toBe('/admin');
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
