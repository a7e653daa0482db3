import { describe, expect, it } from 'vitest';
import { sectionFormSchema, tagFormSchema } from './taxonomy-form';

describe('taxonomy forms', () => {
  it('derive the address from the name when it is left blank', () => {
    expect(tagFormSchema.parse({ name: '  Élection   présidentielle ', slug: '' })).toEqual({
      name: 'Élection présidentielle',
      slug: 'election-presidentielle',
    });
    expect(sectionFormSchema.parse({ name: 'Société', slug: 'Societe', description: '', position: '' })).toEqual({
      name: 'Société',
      slug: 'societe',
      description: '',
      position: 0,
    });
  });

  it('refuse a blank name, a bad address or a name with no letter to make one from', () => {
    expect(tagFormSchema.safeParse({ name: ' ', slug: '' }).success).toBe(false);
    expect(tagFormSchema.safeParse({ name: 'Ok', slug: 'pas bon' }).success).toBe(false);
    expect(tagFormSchema.safeParse({ name: '!!!', slug: '' }).success).toBe(false);
    expect(sectionFormSchema.safeParse({ name: 'Ok', slug: '', description: '', position: '-1' }).success).toBe(false);
  });
});
