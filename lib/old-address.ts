import { normaliseOldPath } from './wordpress-item';

// The old addresses of a WordPress site, reduced to the rows db/redirects.ts keeps. A permalink is
// stored as it was; its feed, AMP and page-N forms are derived here, so they need no rows of their own.

// A null key needs no row: the site's own feed has one address whatever the old site was.
export type RedirectLookup = { key: string | null; finish: (target: string) => string | null };

const listing = /^\/(rubrique|mot-cle|auteur)\//;
const article = /^\/article\//;

/** The stored keys to try for a requested path and query, best first, each with how to turn the row's target into the answer. */
export function redirectLookups(pathname: string, query: URLSearchParams): RedirectLookup[] {
  for (const key of ['p', 'page_id']) {
    const id = query.get(key);
    if (id && /^\d+$/.test(id)) return [{ key: `/?p=${id}`, finish: (target) => target }];
  }
  const path = normaliseOldPath(pathname);
  if (path === '/feed' || path === '/feed/rss2' || path === '/rss') return [{ key: null, finish: () => '/flux.xml' }];
  if (path === '/feed/atom') return [{ key: null, finish: () => '/flux/atom.xml' }];
  const lookups: RedirectLookup[] = [{ key: path, finish: (target) => target }];
  const paged = /^(.*)\/page\/(\d{1,6})$/.exec(path);
  if (paged) {
    const n = Number(paged[2]);
    lookups.push({
      key: paged[1],
      finish: (target) => (listing.test(target) ? (n > 1 ? `${target}?page=${n}` : target) : null),
    });
  }
  const feed = /^(.*)\/feed(\/rss2|\/atom)?$/.exec(path);
  if (feed) {
    const atom = feed[2] === '/atom';
    lookups.push({
      key: feed[1],
      finish: (target) =>
        article.test(target)
          ? `${target}/commentaires/${atom ? 'flux/atom.xml' : 'flux.xml'}`
          : listing.test(target)
            ? `${target}/${atom ? 'flux/atom.xml' : 'flux.xml'}`
            : null,
    });
  }
  const amp = /^(.*)\/amp$/.exec(path);
  if (amp) lookups.push({ key: amp[1], finish: (target) => target });
  const comments = /^(.*)\/comment-page-\d+$/.exec(path);
  if (comments) lookups.push({ key: comments[1], finish: (target) => target });
  // A child category's address holds its parents: /category/afrique/cameroun.
  const nested = /^\/category\/(?:.+\/)([^/]+)$/.exec(paged?.[1] ?? path);
  if (nested) lookups.push({ key: `/category/${nested[1]}`, finish: lookups.at(-1)!.finish });
  return lookups;
}
