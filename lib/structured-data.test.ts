import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, webSiteJsonLd } from './structured-data';
import { sampleArticleFacts } from './test-article-facts';

const article = sampleArticleFacts;

describe('newsArticleJsonLd', () => {
  it('holds what Google asks of a NewsArticle, with absolute addresses', () => {
    const data = newsArticleJsonLd(article);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: 'Le chapô & la suite',
      image: [expect.stringMatching(/^https?:\/\/[^/]+\/medias\/abc\.webp$/)],
      datePublished: '2026-01-12T09:05:00.000Z',
      dateModified: '2026-01-12T11:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Awa Ndiaye', url: expect.stringMatching(/\/auteur\/awa-ndiaye$/) }],
      publisher: {
        '@type': 'Organization',
        logo: { '@type': 'ImageObject', url: expect.stringMatching(/\/logo\.png$/) },
      },
      articleSection: 'Politique',
      inLanguage: 'fr',
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': expect.stringMatching(/\/article\/un-titre$/) },
    });
  });

  it('uses the publication date as the modification date of a never-edited article, and no image without a hero', () => {
    const data = newsArticleJsonLd({ ...article, updatedAt: null, hero: null });
    expect(data.dateModified).toBe('2026-01-12T09:05:00.000Z');
    expect(data).not.toHaveProperty('image');
  });
});

describe('breadcrumbJsonLd and webSiteJsonLd', () => {
  it('numbers the crumbs from 1 with absolute addresses', () => {
    const data = breadcrumbJsonLd([
      { name: 'Accueil', path: '/' },
      { name: 'Politique', path: '/rubrique/politique' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: expect.stringMatching(/^https?:\/\/[^/]+\/$/) },
      { '@type': 'ListItem', position: 2, name: 'Politique', item: expect.stringMatching(/\/rubrique\/politique$/) },
    ]);
  });

  it('offers the site search with a {search_term_string} template', () => {
    const data = webSiteJsonLd('L’actualité');
    expect(data.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: expect.stringMatching(/\/recherche\?q=\{search_term_string\}$/) },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = newsArticleJsonLd({ ...article, dek: 'a <!-- b --> & c \u2028 d' });
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
