import type { PublicArticleFacts } from './article-facts';

/** A published article's public facts for lib/ tests, with text a renderer must escape. */
export const sampleArticleFacts: PublicArticleFacts = {
  slug: 'un-titre',
  title: 'Un titre </script><script>alert(1)</script>',
  dek: 'Le chapô & la suite',
  publishedAt: new Date('2026-01-12T09:05:00Z'),
  updatedAt: new Date('2026-01-12T11:00:00Z'),
  section: { slug: 'politique', name: 'Politique' },
  author: { slug: 'awa-ndiaye', name: 'Awa Ndiaye' },
  hero: { src: '/medias/abc.webp', width: 1200, height: 675, alt: 'Une photo' },
  tags: [{ slug: 'otsc', name: 'OTSC' }],
};
