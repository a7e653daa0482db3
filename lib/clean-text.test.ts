import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

describe('cleanText', () => {
  it('composes to NFC', () => {
    expect(cleanText('Re\u0301publique du Cameroun')).toBe('R\u00E9publique du Cameroun');
  });

  it('normalises CRLF and CR to LF', () => {
    expect(cleanText('un\r\ndeux\rtrois\nquatre')).toBe('un\ndeux\ntrois\nquatre');
  });

  it('turns tabs into spaces', () => {
    expect(cleanText('a\tb')).toBe('a b');
  });

  it('strips null bytes, C0 and C1 controls and DEL but keeps LF', () => {
    expect(cleanText('a\u0000b\u0001c\u001Fd\u007Fe\u0080f\u009Fg\nh')).toBe('abcdefg\nh');
  });

  it('strips bidi overrides and isolates', () => {
    expect(cleanText('\u202A\u202B\u202C\u202D\u202Etexte\u2066\u2067\u2068\u2069')).toBe('texte');
  });

  it('strips zero-width spaces and BOMs but keeps the zero-width joiner of emoji', () => {
    expect(cleanText('\uFEFFar\u200Bnaque')).toBe('arnaque');
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('composes accents separated from their letter by a stripped character', () => {
    expect(cleanText('e\u200B\u0301')).toBe('\u00E9');
  });

  it('trims, including lines of spaces at both ends', () => {
    expect(cleanText('  \n \n Bonjour \n\n ')).toBe('Bonjour');
  });

  it('drops spaces at the end of lines, so a line of spaces is a blank line', () => {
    expect(cleanText('un  \n   \ndeux')).toBe('un\n\ndeux');
  });

  it('collapses three or more blank lines to two', () => {
    expect(cleanText('a\n\n\n\nb')).toBe('a\n\n\nb');
    expect(cleanText('a\n\n\n\n\n\n\nb')).toBe('a\n\n\nb');
    expect(cleanText('a\n\n\nb')).toBe('a\n\n\nb');
    expect(cleanText('a\r\n\r\n\r\n\r\n\r\nb')).toBe('a\n\n\nb');
  });

  it('turns Unicode line and paragraph separators into newlines', () => {
    expect(cleanText('a\u2028b\u2029c')).toBe('a\nb\n\nc');
  });

  it('keeps French typography intact', () => {
    const text = '« Bonjour » : l’été, c’est\u202Fparfait\u00A0!';
    expect(cleanText(text)).toBe(text);
  });

  it('replaces lone surrogates', () => {
    expect(cleanText('a\uDC00b')).toBe('a\uFFFDb');
  });

  it('is idempotent', () => {
    const once = cleanText(' \u202Ee\u0301\r\n\r\n\r\n\r\n\tx\u0000 ');
    expect(cleanText(once)).toBe(once);
  });
});
