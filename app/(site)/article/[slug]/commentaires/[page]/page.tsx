import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { pageFromSegments } from '@/lib/pagination';
import { ArticleScreen, articleMetadata } from '../../article-screen';

// `?cpage=N` is rewritten here (next.config.ts) so each page of a long thread is cached like the article.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

async function commentPage(props: PageProps<'/article/[slug]/commentaires/[page]'>) {
  const { slug, page } = await props.params;
  const number = pageFromSegments(['page', page]);
  if (!number) pageNotFound();
  return { slug, number };
}

export async function generateMetadata(props: PageProps<'/article/[slug]/commentaires/[page]'>): Promise<Metadata> {
  const { slug, number } = await commentPage(props);
  return articleMetadata(slug, number);
}

export default async function ArticleCommentsPage(props: PageProps<'/article/[slug]/commentaires/[page]'>) {
  const { slug, number } = await commentPage(props);
  return <ArticleScreen slug={slug} commentPage={number} personal={null} />;
}
