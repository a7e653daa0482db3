import type { Metadata } from 'next';
import { listRecentArticleSlugs } from '@/db/articles';
import { ArticleScreen, articleMetadata } from './article-screen';

// Served from the cache; comment and editing actions revalidate the page at once, and the timer
// lets scheduled articles and the automatic closing of comments take effect by themselves.
export const revalidate = 300;

export function generateStaticParams() {
  return listRecentArticleSlugs(50).map((slug) => ({ slug }));
}

export async function generateMetadata(props: PageProps<'/article/[slug]'>): Promise<Metadata> {
  return articleMetadata((await props.params).slug);
}

export default async function ArticlePage(props: PageProps<'/article/[slug]'>) {
  return <ArticleScreen slug={(await props.params).slug} commentPage={1} personal={null} />;
}
