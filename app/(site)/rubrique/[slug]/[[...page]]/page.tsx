import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { listSectionArticles } from '@/db/articles';
import { getSectionBySlug, listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

export function generateStaticParams() {
  return listSections().map((section) => ({ slug: section.slug, page: [] }));
}

async function load(props: PageProps<'/rubrique/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const section = getSectionBySlug(slug);
  const page = pageFromSegments(segments);
  const result = section && page ? listSectionArticles(section.id, page) : null;
  if (!section || !result) notFound();
  return { section, result };
}

export async function generateMetadata(props: PageProps<'/rubrique/[slug]/[[...page]]'>): Promise<Metadata> {
  const { section, result } = await load(props);
  const path = `/rubrique/${section.slug}`;
  return {
    title: t.listing.pageTitle(section.name, result.page),
    description: section.description || section.name,
    alternates: { canonical: result.page > 1 ? `${path}?page=${result.page}` : path },
  };
}

export default async function SectionPage(props: PageProps<'/rubrique/[slug]/[[...page]]'>) {
  const { section, result } = await load(props);
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
