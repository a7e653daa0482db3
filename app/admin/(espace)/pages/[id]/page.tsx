import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { PageForm } from '@/components/admin/page-form';
import { getPageForEditing } from '@/db/pages';
import { t } from '@/lib/i18n';
import { latestPictures } from '../../articles/hero-choice';
import { pagePath } from '@/lib/page-form';
import { deletePageAction, savePageAction } from '../actions';
import { toPageValues } from '../page-values';

const p = t.admin.pages;

export const metadata: Metadata = { title: p.title };

export default async function EditPagePage(props: PageProps<'/admin/pages/[id]'>) {
  const { id } = await props.params;
  await requireStaff('articles', `/admin/pages/${id}`);
  const page = /^\d{1,9}$/.test(id) ? getPageForEditing(Number(id)) : null;
  if (!page) redirect('/admin/pages');
  const saved = (await props.searchParams).enregistree !== undefined;
  return (
    <>
      <h1>{p.editTitle(page.title)}</h1>
      <p className="meta">
        <span className="status">{p.state[page.status]}</span>
        {page.status === 'published' && (
          <>
            {' '}
            · <a href={pagePath(page.slug)}>{p.view}</a>
          </>
        )}
      </p>
      {saved && (
        <p className="flash" role="status">
          {p.saved}
        </p>
      )}
      <PageForm
        action={savePageAction}
        pageId={page.id}
        initial={toPageValues(page)}
        version={page.version}
        pictures={latestPictures()}
      />
      <form action={deletePageAction} className="admin-form">
        <input type="hidden" name="id" value={page.id} />
        <p className="hint">{p.removeHint}</p>
        <button type="submit" className="button-secondary">
          {p.remove}
        </button>
      </form>
    </>
  );
}
