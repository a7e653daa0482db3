import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { ArticleList } from '@/components/article-list';
import { OptimizedImage } from '@/components/optimized-image';
import { listListingArticles } from '@/db/articles';
import { getAuthorBySlug } from '@/db/taxonomy';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { listingMetadata } from '@/lib/listing-metadata';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function find(props: PageProps<'/auteur/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const author = getAuthorBySlug(slug);
  const page = pageFromSegments(segments);
  const result = author && page ? listListingArticles({ kind: 'author', id: author.id }, page) : null;
  return author && result ? { author, result } : null;
}

export async function generateMetadata(props: PageProps<'/auteur/[slug]/[[...page]]'>): Promise<Metadata> {
  const found = await find(props);
  return found
    ? listingMetadata(`/auteur/${found.author.slug}`, found.author.name, found.author.bio, found.result.page, {
        scope: { kind: 'author', slug: found.author.slug },
        title: t.feeds.author(found.author.name, config.siteName),
      })
    : {};
}

export default async function AuthorPage(props: PageProps<'/auteur/[slug]/[[...page]]'>) {
  const found = await find(props);
  if (!found) pageNotFound();
  const { author, result } = found;
  return (
    <>
      <header className="listing-header author-header">
        {author.avatar && <OptimizedImage src={author.avatar} alt="" width={96} height={96} className="avatar" />}
        <div>
          <h1>{t.listing.author(author.name)}</h1>
          {author.bio && <p>{author.bio}</p>}
        </div>
      </header>
      <h2 className="block-title">{t.listing.authorArticles}</h2>
      <ArticleList result={result} basePath={`/auteur/${author.slug}`} headingLevel={3} />
    </>
  );
}
