import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, toMatchExpression } from './search-query';

describe('toMatchExpression', () => {
  it('folds accents and case as the index does, and requires every word', () => {
    expect(toMatchExpression('Sécurité COLLECTIVE')).toBe('"securite"* AND "collective"*');
    expect(toMatchExpression('se\u0301curite\u0301')).toBe('"securite"*');
  });

  it('matches words under four letters exactly and longer ones as prefixes', () => {
    expect(toMatchExpression('le prix du cacao')).toBe('"le" AND "prix"* AND "du" AND "cacao"*');
  });

  it('drops French elisions, whatever the apostrophe', () => {
    for (const input of ['l’OTSC', "l'OTSC", 'lʼOTSC', 'L’OTSC']) expect(toMatchExpression(input)).toBe('"otsc"*');
    expect(toMatchExpression('jusqu’à l’école d’Édéa')).toBe('"a" AND "ecole"* AND "edea"*');
  });

  it('finds a word written with or without its ligature', () => {
    expect(toMatchExpression('cœur')).toBe('("coeur"* OR "cœur"*)');
    expect(toMatchExpression('soeur')).toBe('("soeur"* OR "sœur"*)');
  });

  it('keeps lower-case operator words as words and drops capital ones', () => {
    expect(toMatchExpression('prix de l’or')).toBe('"prix"* AND "de" AND "or"');
    expect(toMatchExpression('Douala AND Yaoundé OR NOT Kribi NEAR(x)')).toBe(
      '"douala"* AND "yaounde"* AND "kribi"* AND "x"',
    );
  });

  it('turns hostile input into quoted words or nothing', () => {
    expect(toMatchExpression('')).toBeNull();
    expect(toMatchExpression('   ')).toBeNull();
    for (const input of ['"', '*', 'NEAR(', ')', '(', '-', ':', '^', '""*()-:^', 'AND OR NOT', '\uE000\uE001'])
      expect(toMatchExpression(input)).toBeNull();
    expect(toMatchExpression('-foo')).toBe('"foo"');
    expect(toMatchExpression('title:otsc')).toBe('"title"* AND "otsc"*');
    expect(toMatchExpression('^otsc*')).toBe('"otsc"*');
    expect(toMatchExpression('"sécurité collective')).toBe('"securite"* AND "collective"*');
    expect(toMatchExpression('<script>alert(1)</script>')).toBe('"script"* AND "alert"* AND "1"');
  });

  it('caps the length and the number of words', () => {
    expect(toMatchExpression('a'.repeat(2_000))).toBe(`"${'a'.repeat(200)}"*`);
    const many = Array.from({ length: 2_000 / 5 }, (_, i) => `mot${i}`).join(' ');
    expect(toMatchExpression(many)!.split(' AND ')).toHaveLength(MAX_QUERY_TERMS);
    expect(toMatchExpression('otsc otsc OTSC')).toBe('"otsc"*');
  });

  it('never leaves half a character when cutting', () => {
    const expression = toMatchExpression(`${'a'.repeat(199)}😀`);
    expect(expression).toBe(`"${'a'.repeat(199)}"*`);
  });
});
