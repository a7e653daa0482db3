import { describe, expect, it } from 'vitest';
import { findListedWord } from './word-match';

describe('findListedWord', () => {
  it('matches without regard to case or accents, both ways', () => {
    expect(findListedWord('Votre Sécurité avant tout', ['securite'])).toBe('securite');
    expect(findListedWord('votre securite', ['Sécurité'])).toBe('Sécurité');
    expect(findListedWord('SÉCURITÉ', ['sécurité'])).toBe('sécurité');
  });

  it('matches only whole words', () => {
    expect(findListedWord('Dans ce contexte', ['con'])).toBeNull();
    expect(findListedWord('Contexte général', ['con'])).toBeNull();
    expect(findListedWord('un décon', ['con'])).toBeNull();
    expect(findListedWord('Quel con !', ['con'])).toBe('con');
    expect(findListedWord('CON', ['con'])).toBe('con');
  });

  it('treats accented letters and digits as part of a word', () => {
    expect(findListedWord('conçu', ['con'])).toBeNull();
    expect(findListedWord('écon', ['con'])).toBeNull();
    expect(findListedWord('con2', ['con'])).toBeNull();
    expect(findListedWord('2con', ['con'])).toBeNull();
  });

  it('sees punctuation, apostrophes and hyphens as boundaries', () => {
    expect(findListedWord('C’est une arnaque.', ['arnaque'])).toBe('arnaque');
    expect(findListedWord("l'arnaque", ['arnaque'])).toBe('arnaque');
    expect(findListedWord('super-arnaque!', ['arnaque'])).toBe('arnaque');
    expect(findListedWord('«arnaque»', ['arnaque'])).toBe('arnaque');
  });

  it('matches list entries containing an apostrophe whatever its form', () => {
    expect(findListedWord('Aujourd’hui', ["aujourd'hui"])).toBe("aujourd'hui");
  });

  it('matches multi-word entries across spaces and line breaks', () => {
    expect(findListedWord('Faites votre Achat en Ligne ici', ['achat en ligne'])).toBe('achat en ligne');
    expect(findListedWord('achat  en\nligne', ['achat en ligne'])).toBe('achat en ligne');
    expect(findListedWord('achat en lignes', ['achat en ligne'])).toBeNull();
    expect(findListedWord('achat de ligne', ['achat en ligne'])).toBeNull();
  });

  it('reads regular-expression characters in list words literally', () => {
    expect(findListedWord('je code en c++ ici', ['c++'])).toBe('c++');
    expect(findListedWord('je code en c ici', ['c++'])).toBeNull();
    expect(findListedWord('gagnez $$$ vite', ['$$$'])).toBe('$$$');
    expect(findListedWord('aaa', ['a.a'])).toBeNull();
    expect(findListedWord('a.a', ['a.a'])).toBe('a.a');
    expect(findListedWord('tout', ['.*'])).toBeNull();
    expect(findListedWord('x (y) [z] {w} a|b ^ \\', ['(y)', 'a|b'])).toBe('(y)');
    expect(findListedWord('a|b', ['a|b'])).toBe('a|b');
    expect(findListedWord('ab', ['a|b'])).toBeNull();
    expect(() => findListedWord('x', ['(', '[', '\\', '?'])).not.toThrow();
  });

  it('returns the first entry of the list that matches, as written in the list', () => {
    expect(findListedWord('casino et arnaque', ['arnaque', 'casino'])).toBe('arnaque');
    expect(findListedWord('casino et arnaque', ['CASINO', 'arnaque'])).toBe('CASINO');
  });

  it('ignores blank entries and returns null when nothing matches', () => {
    expect(findListedWord('texte', ['', '   '])).toBeNull();
    expect(findListedWord('texte', [])).toBeNull();
    expect(findListedWord('', ['arnaque'])).toBeNull();
  });

  it('is not fooled by invisible characters inside a word', () => {
    expect(findListedWord('ar\u00ADnaque', ['arnaque'])).toBe('arnaque');
    expect(findListedWord('ar\u200Bnaque', ['arnaque'])).toBe('arnaque');
  });
});
