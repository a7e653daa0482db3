import { describe, expect, it } from 'vitest';
import { articleErrors, articleFormSchema, picturesWithoutAlt, publicationState } from './article-form';
import { blankArticleForm } from './test-article-form';

const schema = articleFormSchema('Africa/Douala');
const valid = {
  title: ' Le titre ',
  slug: '',
  dek: '',
  bodyMarkdown: 'Du **texte**.\r\n',
  sectionId: '2',
  authorId: '3',
  tags: 'Économie, economie , Cacao,',
  source: '',
  status: 'published',
  publishedAt: '2026-03-01T10:30',
  commentMode: 'open',
  heroAlt: '',
  heroCaption: '',
  heroCredit: '',
};

describe('articleFormSchema', () => {
  it('reads a valid form: cleaned text, one tag per slug, the time in the newsroom’s zone', () => {
    expect(schema.parse(valid)).toEqual({
      ...blankArticleForm({ sectionId: 2, authorId: 3 }),
      title: 'Le titre',
      bodyMarkdown: 'Du **texte**.\n',
      tags: ['Économie', 'Cacao'],
      status: 'published',
      publishedAt: new Date('2026-03-01T09:30:00Z'),
    });
  });

  it('names each refused field', () => {
    const result = schema.safeParse({
      ...valid,
      title: '  ',
      slug: 'Pas Valide',
      bodyMarkdown: ' ',
      sectionId: 'x',
      status: 'online',
      publishedAt: '2026-02-30T10:00',
      tags: Array.from({ length: 21 }, (_, i) => `mot${i}`).join(','),
    });
    expect(result.success).toBe(false);
    expect(articleErrors(result.error!)).toEqual({
      title: 'required',
      slug: 'invalidSlug',
      bodyMarkdown: 'required',
      sectionId: 'invalidChoice',
      status: 'invalidChoice',
      publishedAt: 'invalidDate',
      tags: 'tooManyTags',
    });
  });

  it('keeps a typed slug, lower-cased', () => {
    expect(schema.parse({ ...valid, slug: 'Mon-Article-2' }).slug).toBe('mon-article-2');
  });
});

describe('publicationState', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  it('tells drafts, scheduled and published articles apart', () => {
    expect(publicationState('draft', null, now)).toBe('draft');
    expect(publicationState('published', new Date('2026-03-02T00:00:00Z'), now)).toBe('scheduled');
    expect(publicationState('published', new Date('2026-03-01T11:00:00Z'), now)).toBe('published');
  });
});

describe('picturesWithoutAlt', () => {
  it('names the pictures neither the body nor the library describes', () => {
    const library = new Map([
      ['/medias/a.jpg', { alt: '', name: 'a.jpg' }],
      ['/medias/b.jpg', { alt: 'Le port', name: 'b.jpg' }],
    ]);
    expect(
      picturesWithoutAlt(
        [
          { src: '/medias/a.jpg', alt: '' },
          { src: '/medias/a.jpg', alt: 'Décrite ici' },
          { src: '/medias/b.jpg', alt: '' },
          { src: 'https://example.cm/c.jpg', alt: '' },
        ],
        library,
      ),
    ).toEqual(['a.jpg', 'https://example.cm/c.jpg']);
  });
});
