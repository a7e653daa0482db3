import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/components/article-card';
import { ArticleView } from '@/components/article-view';
import { getPublicArticle, getRedirectedSlug, listRecentArticleSlugs, listRelatedArticles } from '@/db/articles';
import { t } from '@/lib/i18n';

// Served from the cache; comment and editing actions revalidate the page at once, and the timer
// lets scheduled articles and the automatic closing of comments take effect by themselves.
export const revalidate = 300;

export function generateStaticParams() {
  return listRecentArticleSlugs(50).map((slug) => ({ slug }));
}

async function load(props: PageProps<'/article/[slug]'>) {
  const { slug } = await props.params;
  const article = getPublicArticle(slug);
  if (article) return article;
  const renamed = getRedirectedSlug(slug);
  if (renamed) permanentRedirect(`/article/${renamed}`);
  notFound();
}

export async function generateMetadata(props: PageProps<'/article/[slug]'>): Promise<Metadata> {
  const article = await load(props);
  return {
    title: article.title,
    description: article.dek || article.title,
    alternates: { canonical: `/article/${article.slug}` },
  };
}

export default async function ArticlePage(props: PageProps<'/article/[slug]'>) {
  const article = await load(props);
  const related = listRelatedArticles(article, 4);
  return (
    <>
      <ArticleView article={article} />
      <section id="commentaires" aria-labelledby="commentaires-titre" className="comments">
        <h2 id="commentaires-titre">{t.counts.commentsHeading(article.commentCount)}</h2>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="a-lire-aussi" className="related">
          <h2 id="a-lire-aussi" className="block-title">
            {t.article.related}
          </h2>
          <div className="card-grid">
            {related.map((card) => (
              <ArticleCard key={card.id} article={card} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
