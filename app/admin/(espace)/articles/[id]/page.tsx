import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { ArticleForm } from '@/components/admin/article-form';
import { getArticleForEditing, listBylines } from '@/db/staff-articles';
import { listSections } from '@/db/taxonomy';
import { publicationState } from '@/lib/article-form';
import { t } from '@/lib/i18n';
import { saveArticleAction } from '../actions';
import { toArticleValues } from '../article-values';
import { HeroUpload, heroChoice } from '../hero-choice';

const a = t.admin.articles;

export const metadata: Metadata = { title: a.title };

export default async function EditArticlePage(props: PageProps<'/admin/articles/[id]'>) {
  const { id } = await props.params;
  await requireStaff('articles', `/admin/articles/${id}`);
  const query = await props.searchParams;
  const article = /^\d{1,9}$/.test(id) ? getArticleForEditing(Number(id)) : null;
  if (!article) redirect('/admin/articles');
  const state = publicationState(article.status, article.publishedAt, new Date());
  const choice = heroChoice(query, toArticleValues(article));
  return (
    <>
      <h1>{a.editTitle(article.title)}</h1>
      <p className="meta">
        <span className="status">{a.state[state]}</span>
        {state === 'published' && (
          <>
            {' '}
            · <a href={`/article/${article.slug}`}>{a.view}</a>
          </>
        )}
      </p>
      {query.enregistre !== undefined && (
        <p className="flash" role="status">
          {a.saved}
        </p>
      )}
      <ArticleForm
        action={saveArticleAction}
        articleId={article.id}
        initial={choice.initial}
        sections={listSections()}
        bylines={listBylines()}
        hero={article.hero && { src: article.hero.src, alt: article.hero.alt }}
        pictures={choice.pictures}
        uploaded={choice.uploaded}
      />
      <HeroUpload returnTo={`/admin/articles/${article.id}`} failure={choice.failure} />
    </>
  );
}
