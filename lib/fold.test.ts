import { describe, expect, it } from 'vitest';
import { foldForMatching } from './fold';

describe('foldForMatching', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldForMatching('Sécurité À Yaoundé ÇA')).toBe('securite a yaounde ca');
  });

  it('strips diacritics given in decomposed form', () => {
    expect(foldForMatching('e\u0301te\u0301')).toBe('ete');
  });

  it('folds typographic apostrophes and the backtick', () => {
    expect(foldForMatching('l’arnaque ‘x` lʼété')).toBe("l'arnaque 'x' l'ete");
  });

  it('expands œ and æ, whatever the case', () => {
    expect(foldForMatching('Œuvre cœur Æsop æ')).toBe('oeuvre coeur aesop ae');
  });

  it('drops invisible characters and folds compatibility forms', () => {
    expect(foldForMatching('ar\u00ADna\u2060que')).toBe('arnaque');
    expect(foldForMatching('ＡＲＮＡＱＵＥ ﬁn')).toBe('arnaque fin');
  });

  it('folds the dotted capital I to a plain i', () => {
    expect(foldForMatching('İstanbul')).toBe('istanbul');
  });
});
