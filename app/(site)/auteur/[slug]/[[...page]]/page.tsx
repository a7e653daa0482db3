import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { listAuthorArticles } from '@/db/articles';
import { getAuthorBySlug } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { pageFromSegments } from '@/lib/pagination';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

async function load(props: PageProps<'/auteur/[slug]/[[...page]]'>) {
  const { slug, page: segments } = await props.params;
  const author = getAuthorBySlug(slug);
  const page = pageFromSegments(segments);
  const result = author && page ? listAuthorArticles(author.id, page) : null;
  if (!author || !result) notFound();
  return { author, result };
}

export async function generateMetadata(props: PageProps<'/auteur/[slug]/[[...page]]'>): Promise<Metadata> {
  const { author, result } = await load(props);
  const path = `/auteur/${author.slug}`;
  return {
    title: t.listing.pageTitle(t.listing.author(author.name), result.page),
    description: author.bio || author.name,
    alternates: { canonical: result.page > 1 ? `${path}?page=${result.page}` : path },
  };
}

export default async function AuthorPage(props: PageProps<'/auteur/[slug]/[[...page]]'>) {
  const { author, result } = await load(props);
  return (
    <>
      <header className="listing-header author-header">
        {author.avatar && <Image src={author.avatar} alt="" width={96} height={96} className="avatar" />}
        <div>
          <h1>{t.listing.author(author.name)}</h1>
          {author.bio && <p>{author.bio}</p>}
        </div>
      </header>
      <h2 className="block-title">{t.listing.authorArticles}</h2>
      <ArticleList result={result} basePath={`/auteur/${author.slug}`} />
    </>
  );
}
