import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { ArticleForm } from '@/components/admin/article-form';
import { listBylines } from '@/db/staff-articles';
import { listSections } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import { autosaveArticleAction, saveArticleAction } from '../actions';
import { blankArticleValues, newsroomZone } from '../article-values';

export const metadata: Metadata = { title: t.admin.articles.create };

export default async function NewArticlePage() {
  const staff = await requireStaff('articles', '/admin/articles/nouveau');
  const sections = listSections();
  return (
    <>
      <h1>{t.admin.articles.create}</h1>
      <ArticleForm
        action={saveArticleAction}
        articleId={null}
        initial={blankArticleValues(staff.id, sections[0]?.id)}
        sections={sections}
        bylines={listBylines()}
        hero={null}
        zone={newsroomZone()}
        version={null}
        autosave={autosaveArticleAction}
      />
      <p className="hint">{t.admin.articles.image.afterSave}</p>
    </>
  );
}
