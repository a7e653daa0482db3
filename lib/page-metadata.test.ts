import { describe, expect, it } from 'vitest';
import type { PublicArticleFacts } from './article-facts';
import { listingMetadata } from './listing-metadata';
import { articlePageMetadata } from './page-metadata';

const article: PublicArticleFacts = {
  slug: 'un-titre',
  title: 'Un titre',
  dek: '',
  publishedAt: new Date('2026-01-12T09:05:00Z'),
  updatedAt: null,
  section: { slug: 'politique', name: 'Politique' },
  author: { slug: 'awa-ndiaye', name: 'Awa Ndiaye' },
  hero: { src: '/medias/abc.webp', width: 1200, height: 675, alt: 'Une photo' },
  tags: [{ slug: 'otsc', name: 'OTSC' }],
};

describe('articlePageMetadata', () => {
  it('describes an article for OpenGraph and Twitter, with the site feed and its comments feed', () => {
    const metadata = articlePageMetadata(article, 1);
    expect(metadata.alternates?.canonical).toBe('/article/un-titre');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-01-12T09:05:00.000Z',
      modifiedTime: '2026-01-12T09:05:00.000Z',
      section: 'Politique',
      tags: ['OTSC'],
      authors: [expect.stringMatching(/^https?:\/\/[^/]+\/auteur\/awa-ndiaye$/)],
      images: [{ url: '/medias/abc.webp', width: 1200, height: 675, alt: 'Une photo' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([
      { url: '/flux.xml', title: expect.stringContaining('(RSS)') },
      { url: '/article/un-titre/commentaires/flux.xml', title: 'Commentaires sur « Un titre » (RSS)' },
    ]);
  });

  it('falls back to a summary card without a hero, and points later comment pages at themselves', () => {
    const metadata = articlePageMetadata({ ...article, hero: null }, 3);
    expect(metadata.twitter).toMatchObject({ card: 'summary' });
    expect(metadata.alternates?.canonical).toBe('/article/un-titre?cpage=3');
  });
});

describe('listingMetadata', () => {
  it('gives a listing its canonical page and its own feeds beside the site’s, in both formats', () => {
    const metadata = listingMetadata('/rubrique/politique', 'Politique', '', 2, {
      scope: { kind: 'section', slug: 'politique' },
      title: 'Politique',
    });
    expect(metadata.title).toBe('Politique – page 2');
    expect(metadata.alternates?.canonical).toBe('/rubrique/politique?page=2');
    expect(metadata.alternates?.types?.['application/atom+xml']).toEqual([
      { url: '/flux/atom.xml', title: expect.stringContaining('(Atom)') },
      { url: '/rubrique/politique/flux/atom.xml', title: 'Politique (Atom)' },
    ]);
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: '/rubrique/politique?page=2' });
  });
});
