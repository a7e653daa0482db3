import { describe, expect, it } from 'vitest';
import { redirectLookups } from './old-address';

const rows: Record<string, string> = {
  '/2024/03/05/port-kribi': '/article/port-kribi',
  '/?p=101': '/article/port-kribi',
  '/category/economie': '/rubrique/economie',
  '/tag/cacao': '/mot-cle/cacao',
  '/author/mbella': '/auteur/joseph-mbella',
  '/2024/03/06/pluies-à-yaoundé': '/article/pluies-a-yaounde',
};

/** What db/redirects.ts findRedirect answers, over a table held in a literal. */
function answer(pathAndQuery: string): string | null {
  const url = new URL(pathAndQuery, 'http://site.example');
  for (const lookup of redirectLookups(url.pathname, url.searchParams)) {
    const target = lookup.key === null ? '' : rows[lookup.key];
    const final = target === undefined ? null : lookup.finish(target);
    if (final) return final;
  }
  return null;
}

describe('redirectLookups', () => {
  it('finds permalinks with or without their trailing slash, percent-encoded or not', () => {
    expect(answer('/2024/03/05/port-kribi/')).toBe('/article/port-kribi');
    expect(answer('/2024/03/05/port-kribi')).toBe('/article/port-kribi');
    expect(answer('/2024/03/06/pluies-%C3%A0-yaound%C3%A9/')).toBe('/article/pluies-a-yaounde');
  });

  it('answers ?p=ID and ?page_id=ID', () => {
    expect(answer('/?p=101')).toBe('/article/port-kribi');
    expect(answer('/?page_id=101')).toBe('/article/port-kribi');
    expect(answer('/?p=999')).toBeNull();
  });

  it('derives the feed, AMP, comment-page and page-N forms', () => {
    expect(answer('/2024/03/05/port-kribi/feed/')).toBe('/article/port-kribi/commentaires/flux.xml');
    expect(answer('/2024/03/05/port-kribi/amp/')).toBe('/article/port-kribi');
    expect(answer('/2024/03/05/port-kribi/comment-page-2/')).toBe('/article/port-kribi');
    expect(answer('/category/economie/feed/')).toBe('/rubrique/economie/flux.xml');
    expect(answer('/category/economie/page/3/')).toBe('/rubrique/economie?page=3');
    expect(answer('/tag/cacao/page/1/')).toBe('/mot-cle/cacao');
    expect(answer('/author/mbella/')).toBe('/auteur/joseph-mbella');
    expect(answer('/category/afrique/economie/')).toBe('/rubrique/economie');
    expect(answer('/feed/')).toBe('/flux.xml');
    expect(answer('/feed/atom/')).toBe('/flux/atom.xml');
    // An article has no page 2.
    expect(answer('/2024/03/05/port-kribi/page/2/')).toBeNull();
  });

  it('finds nothing for an address the old site did not have', () => {
    expect(answer('/une/adresse/inconnue')).toBeNull();
  });
});
