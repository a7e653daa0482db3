import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { ArticleList } from '@/components/article-list';
import { JsonLd } from '@/components/json-ld';
import { listListingArticles } from '@/db/articles';
import { getSectionBySlug, listSections } from '@/db/taxonomy';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { listingMetadata } from '@/lib/listing-metadata';
import { pageFromSegments } from '@/lib/pagination';
import { breadcrumbJsonLd } from '@/lib/structured-data';

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
  return found
    ? listingMetadata(
        `/rubrique/${found.section.slug}`,
        found.section.name,
        found.section.description,
        found.result.page,
        {
          scope: { kind: 'section', slug: found.section.slug },
          title: t.feeds.section(found.section.name, config.siteName),
        },
      )
    : {};
}

export default async function SectionPage(props: PageProps<'/rubrique/[slug]/[[...page]]'>) {
  const found = await find(props);
  if (!found) pageNotFound();
  const { section, result } = found;
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.site.home, path: '/' },
          { name: section.name, path: `/rubrique/${section.slug}` },
        ])}
      />
      <header className="listing-header">
        <h1>{t.listing.section(section.name)}</h1>
        {section.description && <p>{section.description}</p>}
      </header>
      <ArticleList result={result} basePath={`/rubrique/${section.slug}`} />
    </>
  );
}
