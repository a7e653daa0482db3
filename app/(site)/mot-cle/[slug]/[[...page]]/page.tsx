import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { ArticleList } from '@/components/article-list';
import { listListingArticles } from '@/db/articles';
import { getTagBySlug } from '@/db/taxonomy';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { listingMetadata } from '@/lib/listing-metadata';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

// Tag pages render on their first visit, then are served from the cache.
export function generateStaticParams() {
  return [];
}

async function find(props: PageProps<'/mot-cle/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const tag = getTagBySlug(slug);
  const page = pageFromSegments(segments);
  const result = tag && page ? listListingArticles({ kind: 'tag', id: tag.id }, page) : null;
  return tag && result && result.items.length > 0 ? { tag, result } : null;
}

export async function generateMetadata(props: PageProps<'/mot-cle/[slug]/[[...page]]'>): Promise<Metadata> {
  const found = await find(props);
  return found
    ? listingMetadata(
        `/mot-cle/${found.tag.slug}`,
        t.listing.tag(found.tag.name),
        t.listing.tag(found.tag.name),
        found.result.page,
        {
          scope: { kind: 'tag', slug: found.tag.slug },
          title: t.feeds.tag(found.tag.name, config.siteName),
        },
      )
    : {};
}

export default async function TagPage(props: PageProps<'/mot-cle/[slug]/[[...page]]'>) {
  const found = await find(props);
  if (!found) pageNotFound();
  const { tag, result } = found;
  return (
    <>
      <header className="listing-header">
        <h1>{t.listing.tag(tag.name)}</h1>
      </header>
      <ArticleList result={result} basePath={`/mot-cle/${tag.slug}`} />
    </>
  );
}
