import type { Metadata } from 'next';
import type { FeedScope } from './feed-paths';
import { t } from './i18n';
import { pageMetadata } from './page-metadata';

/** Title, description, canonical URL and feeds of one page of a section, tag or author listing. */
export function listingMetadata(
  path: string,
  title: string,
  description: string,
  page: number,
  feed: { scope: FeedScope; title: string },
): Metadata {
  const pageTitle = t.listing.pageTitle(title, page);
  return {
    title: pageTitle,
    ...pageMetadata({
      path,
      canonical: page > 1 ? `${path}?page=${page}` : path,
      title: pageTitle,
      description: description || title,
      feeds: [feed],
    }),
  };
}
