import { describe, expect, it } from 'vitest';
import { slugify, slugPattern } from './slug';

describe('slugify', () => {
  it('folds French accents and drops apostrophes', () => {
    expect(slugify('La situation au Kazakhstan a confirmé la valeur militaro-politique de l’OTSC')).toBe(
      'la-situation-au-kazakhstan-a-confirme-la-valeur-militaro-politique-de-lotsc',
    );
    expect(slugify("L'été à Yaoundé : œuvres, cœur & « élections »")).toBe('lete-a-yaounde-oeuvres-coeur-elections');
  });

  it('turns punctuation runs into single hyphens and trims them', () => {
    expect(slugify('  --Économie !!! 2022 / CEMAC ?  ')).toBe('economie-2022-cemac');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Un titre '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(slugPattern);
    expect(slug.split('-').every((w) => w === 'un' || w === 'titre')).toBe(true);
  });

  it('returns an empty slug for text without letters or digits', () => {
    expect(slugify('« … » ’')).toBe('');
  });
});
