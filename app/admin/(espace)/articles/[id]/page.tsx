import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { ArticleForm } from '@/components/admin/article-form';
import { listCorrections } from '@/db/corrections';
import { getArticleForEditing, listBylines } from '@/db/staff-articles';
import { listSections } from '@/db/taxonomy';
import { publicationState } from '@/lib/article-form';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { autosaveArticleAction, saveArticleAction } from '../actions';
import { newsroomZone, toArticleValues } from '../article-values';
import { HeroUpload, heroChoice } from '../hero-choice';
import { CorrectionTools, PreviewTools, TrashNotice, TrashTool } from './article-tools';

const a = t.admin.articles;
const w = t.admin.writing;
// The flash messages of the writing tools (./actions.ts), by the query their redirect adds.
const toolResults = { corbeille: w.trash.trashed, restaure: w.trash.restored, correction: w.corrections.added };

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
        <span className="status">{article.trashedAt ? w.trash.title : a.state[state]}</span>
        {state === 'scheduled' && article.publishedAt && !article.trashedAt && (
          <> {a.scheduledFor(formatDateTime(article.publishedAt), newsroomZone().city)}</>
        )}
        {state === 'published' && !article.trashedAt && (
          <>
            {' '}
            · <a href={`/article/${article.slug}`}>{a.view}</a>
          </>
        )}{' '}
        · <a href={`/admin/articles/${article.id}/revisions`}>{w.revisions.link}</a>
      </p>
      {query.enregistre !== undefined && (
        <p className="flash" role="status">
          {a.saved}
        </p>
      )}
      {Object.entries(toolResults).map(
        ([key, message]) =>
          query[key] !== undefined && (
            <p key={key} className="flash" role="status">
              {message}
            </p>
          ),
      )}
      {article.trashedAt && <TrashNotice articleId={article.id} trashedAt={article.trashedAt} />}
      <ArticleForm
        action={saveArticleAction}
        articleId={article.id}
        initial={choice.initial}
        sections={listSections()}
        bylines={listBylines()}
        hero={article.hero && { src: article.hero.src, alt: article.hero.alt }}
        zone={newsroomZone()}
        version={article.version}
        autosave={autosaveArticleAction}
        pictures={choice.pictures}
        uploaded={choice.uploaded}
      />
      <HeroUpload returnTo={`/admin/articles/${article.id}`} failure={choice.failure} />
      {!article.trashedAt && (
        <PreviewTools articleId={article.id} token={typeof query.apercu === 'string' ? query.apercu : null} />
      )}
      {state === 'published' && !article.trashedAt && (
        <CorrectionTools articleId={article.id} corrections={listCorrections(article.id)} />
      )}
      {!article.trashedAt && <TrashTool articleId={article.id} />}
    </>
  );
}
