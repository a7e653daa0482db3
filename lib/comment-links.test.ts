import { describe, expect, it } from 'vitest';
import { countLinks, findLinks, toSafeHref } from './comment-links';

describe('countLinks', () => {
  it('counts http, https, www and bare-domain links', () => {
    expect(countLinks('a http://a.cm b https://b.cm c www.c.cm d lemonde.fr')).toBe(4);
  });

  it('counts nothing in plain text', () => {
    expect(countLinks('Un commentaire sans lien. Vraiment.')).toBe(0);
  });

  it('does not count e-mail addresses, ftp or protocol-relative links', () => {
    expect(countLinks('awa@exemple.cm ftp://f.cm //g.cm')).toBe(0);
  });

  it('counts a link with credentials even though it is not rendered as one', () => {
    expect(countLinks('http://u:p@x.cm')).toBe(1);
  });

  it("counts the commenter's site as one link", () => {
    expect(countLinks('voir https://a.cm', 'https://blog.cm/')).toBe(2);
    expect(countLinks('rien', null)).toBe(0);
    expect(countLinks('rien', 'https://blog.cm/')).toBe(1);
  });
});

describe('findLinks', () => {
  it('gives positions, the typed text and the href', () => {
    expect(findLinks('voir www.x.cm')).toEqual([{ start: 5, end: 13, text: 'www.x.cm', href: 'https://www.x.cm/' }]);
  });
});

describe('toSafeHref', () => {
  it('normalises http(s) URLs', () => {
    expect(toSafeHref('HTTPS://Exemple.CM/a b')).toBe('https://exemple.cm/a%20b');
    expect(toSafeHref('http://exemple.cm')).toBe('http://exemple.cm/');
  });

  it('gives https:// to schemeless links, including host:port', () => {
    expect(toSafeHref('www.x.cm')).toBe('https://www.x.cm/');
    expect(toSafeHref('lemonde.fr:8080/x')).toBe('https://lemonde.fr:8080/x');
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://x.cm',
      'mailto:a@b.cm',
    ]) {
      expect(toSafeHref(url)).toBeNull();
    }
  });

  it('refuses credentials and unparsable URLs', () => {
    expect(toSafeHref('https://banque.cm@evil.example/')).toBeNull();
    expect(toSafeHref('http://user:pass@x.cm')).toBeNull();
    expect(toSafeHref('https://exa mple.cm')).toBeNull();
  });
});
