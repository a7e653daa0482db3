import type { Metadata } from 'next';

export const feedFormats = ['rss', 'atom'] as const;
export type FeedFormat = (typeof feedFormats)[number];

/** What a feed of articles follows: the whole site, or one section, tag or author. */
export type ListingFeedScope = { kind: 'site' } | { kind: 'section' | 'tag' | 'author'; slug: string };
/** …or what a feed follows, one article's comments included. */
export type FeedScope = ListingFeedScope | { kind: 'comments'; slug: string };

const formatNames: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom' };

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
};

/** The page a feed follows: "" for the home page, else the listing or the article's comments. */
function scopeBase(scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return '';
    case 'section':
      return `/rubrique/${scope.slug}`;
    case 'tag':
      return `/mot-cle/${scope.slug}`;
    case 'author':
      return `/auteur/${scope.slug}`;
    case 'comments':
      return `/article/${scope.slug}/commentaires`;
  }
}

/** `<page>/flux.xml` for RSS 2.0 and `<page>/flux/atom.xml` for Atom, under every page that has feeds. */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  return `${scopeBase(scope)}${format === 'rss' ? '/flux.xml' : '/flux/atom.xml'}`;
}

/** The autodiscovery links (`<link rel="alternate">`) of these feeds, in both formats, for a page's metadata. */
export function feedAlternates(
  feeds: { scope: FeedScope; title: string }[],
): NonNullable<Metadata['alternates']>['types'] {
  return Object.fromEntries(
    feedFormats.map((format) => [
      feedContentTypes[format],
      feeds.map(({ scope, title }) => ({ url: feedPath(scope, format), title: `${title} (${formatNames[format]})` })),
    ]),
  );
}
