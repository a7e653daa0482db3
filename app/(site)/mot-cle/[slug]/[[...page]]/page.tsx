import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { listTagArticles } from '@/db/articles';
import { getTagBySlug } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

// Tag pages render on their first visit, then are served from the cache.
export function generateStaticParams() {
  return [];
}

async function load(props: PageProps<'/mot-cle/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const tag = getTagBySlug(slug);
  const page = pageFromSegments(segments);
  const result = tag && page ? listTagArticles(tag.id, page) : null;
  if (!tag || !result || result.items.length === 0) notFound();
  return { tag, result };
}

export async function generateMetadata(props: PageProps<'/mot-cle/[slug]/[[...page]]'>): Promise<Metadata> {
  const { tag, result } = await load(props);
  const path = `/mot-cle/${tag.slug}`;
  return {
    title: t.listing.pageTitle(t.listing.tag(tag.name), result.page),
    description: t.listing.tag(tag.name),
    alternates: { canonical: result.page > 1 ? `${path}?page=${result.page}` : path },
  };
}

export default async function TagPage(props: PageProps<'/mot-cle/[slug]/[[...page]]'>) {
  const { tag, result } = await load(props);
  return (
    <>
      <header className="listing-header">
        <h1>{t.listing.tag(tag.name)}</h1>
      </header>
      <ArticleList result={result} basePath={`/mot-cle/${tag.slug}`} />
    </>
  );
}
