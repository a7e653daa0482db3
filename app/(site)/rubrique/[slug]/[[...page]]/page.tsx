import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { ArticleList } from '@/components/article-list';
import { listListingArticles } from '@/db/articles';
import { getSectionBySlug, listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { listingMetadata } from '@/lib/listing-metadata';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

export function generateStaticParams() {
  return listSections().map((section) => ({ slug: section.slug, page: [] }));
}

async function find(props: PageProps<'/rubrique/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const section = getSectionBySlug(slug);
  const page = pageFromSegments(segments);
  const result = section && page ? listListingArticles({ kind: 'section', id: section.id }, page) : null;
  return section && result ? { section, result } : null;
}

export async function generateMetadata(props: PageProps<'/rubrique/[slug]/[[...page]]'>): Promise<Metadata> {
  const found = await find(props);
  return found ? listingMetadata(`/rubrique/${found.section.slug}`, found.section.name, found.section.description, found.result.page) : {};
}

export default async function SectionPage(props: PageProps<'/rubrique/[slug]/[[...page]]'>) {
  const found = await find(props);
  if (!found) pageNotFound();
  const { section, result } = found;
  return (
    <>
      <header className="listing-header">
        <h1>{t.listing.section(section.name)}</h1>
        {section.description && <p>{section.description}</p>}
      </header>
      <ArticleList result={result} basePath={`/rubrique/${section.slug}`} />
    </>
  );
}
