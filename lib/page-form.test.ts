import { describe, expect, it } from 'vitest';
import { articleErrors } from './article-form';
import { pageDescription, pageFormSchema } from './page-form';

const post = (values: Record<string, string>) =>
  pageFormSchema.safeParse({ title: 'Contact', slug: '', bodyMarkdown: 'Écrivez-nous.', status: 'draft', ...values });

describe('pageFormSchema', () => {
  it('takes an empty order as 0 and an unticked box as not in the footer', () => {
    expect(post({}).data).toMatchObject({ slug: null, inFooter: false, footerPosition: 0 });
    expect(post({ inFooter: 'on', footerPosition: ' 12 ' }).data).toMatchObject({ inFooter: true, footerPosition: 12 });
  });

  it('names the field of each mistake', () => {
    const parsed = post({ title: ' ', slug: 'À propos', bodyMarkdown: '  ', status: 'future', footerPosition: '1000' });
    expect(parsed.success).toBe(false);
    expect(articleErrors(parsed.error!)).toEqual({
      title: 'required',
      slug: 'invalidSlug',
      bodyMarkdown: 'required',
      status: 'invalidChoice',
      footerPosition: 'invalidChoice',
    });
  });
});

describe('pageDescription', () => {
  it('is the first words of the text, cut at a word', () => {
    expect(pageDescription('Nous **écrivons** à Douala.')).toBe('Nous écrivons à Douala.');
    const long = pageDescription('mot '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(161);
    expect(long).toMatch(/ mot…$/);
  });
});
