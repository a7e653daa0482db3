import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { ArticleForm } from '@/components/admin/article-form';
import { listBylines } from '@/db/staff-articles';
import { listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { autosaveArticleAction, saveArticleAction } from '../actions';
import { blankArticleValues, newsroomZone } from '../article-values';
import { HeroUpload, heroChoice } from '../hero-choice';

export const metadata: Metadata = { title: t.admin.articles.create };

export default async function NewArticlePage(props: PageProps<'/admin/articles/nouveau'>) {
  const staff = await requireStaff('articles', '/admin/articles/nouveau');
  const sections = listSections();
  const choice = heroChoice(await props.searchParams, blankArticleValues(staff.id, sections[0]?.id));
  return (
    <>
      <h1>{t.admin.articles.create}</h1>
      <ArticleForm
        action={saveArticleAction}
        articleId={null}
        initial={choice.initial}
        sections={sections}
        bylines={listBylines()}
        hero={null}
        zone={newsroomZone()}
        version={null}
        autosave={autosaveArticleAction}
        pictures={choice.pictures}
        uploaded={choice.uploaded}
      />
      <HeroUpload returnTo="/admin/articles/nouveau" failure={choice.failure} />
    </>
  );
}
