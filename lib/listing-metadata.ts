import type { Metadata } from 'next';
import { t } from './i18n';

/** Title, description and canonical URL of one page of a section, tag or author listing. */
export function listingMetadata(path: string, title: string, description: string, page: number): Metadata {
  return {
    title: t.listing.pageTitle(title, page),
    description: description || title,
    alternates: { canonical: page > 1 ? `${path}?page=${page}` : path },
  };
}
