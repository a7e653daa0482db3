import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { listArticlesForStaff, type StaffArticleFilter } from '@/db/staff-articles';
import { publicationState } from '@/lib/article-form';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { AdminTable } from '@/components/admin/admin-table';

const a = t.admin.articles;

export const metadata: Metadata = { title: a.title };

const states = ['all', 'draft', 'scheduled', 'published'] as const;

export default async function StaffArticlesPage(props: PageProps<'/admin/articles'>) {
  await requireStaff('articles', '/admin/articles');
  const query = await props.searchParams;
  const search = typeof query.q === 'string' ? query.q.slice(0, 200) : '';
  const state: StaffArticleFilter['state'] = states.find((s) => s === query.etat) ?? 'all';
  const page = typeof query.page === 'string' && /^\d{1,6}$/.test(query.page) ? Math.max(1, Number(query.page)) : 1;
  const now = new Date();
  const { rows, pageCount } = listArticlesForStaff({ search, state, page }, now);
  const href = (changes: { etat?: string; page?: number }) => {
    const params = new URLSearchParams();
    const next = { q: search, etat: state === 'all' ? '' : state, page: '', ...changes };
    for (const [key, value] of Object.entries(next))
      if (value && value !== 'all' && !(key === 'page' && value === 1)) params.set(key, String(value));
    return `/admin/articles${params.size ? `?${params}` : ''}`;
  };
  return (
    <>
      <h1>{a.title}</h1>
      <p>
        <Link href="/admin/articles/nouveau" className="button-link">
          {a.create}
        </Link>{' '}
        <Link href="/admin/articles/corbeille">{t.admin.writing.trash.link}</Link>
      </p>
      <form role="search" method="get" action="/admin/articles" className="queue-search">
        {state !== 'all' && <input type="hidden" name="etat" value={state} />}
        <label htmlFor="recherche-article">{a.search}</label>
        <input id="recherche-article" name="q" type="search" defaultValue={search} />
        <button type="submit">{a.searchSubmit}</button>
      </form>
      <nav aria-label={a.stateFilter} className="tabs">
        <ul>
          {states.map((name) => (
            <li key={name}>
              <Link href={href({ etat: name, page: 1 })} aria-current={name === state ? 'page' : undefined}>
                {a.states[name]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AdminTable
        empty={a.empty}
        columns={[
          a.columns.title,
          a.columns.state,
          a.columns.date,
          a.columns.section,
          a.columns.author,
          a.columns.comments,
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`/admin/articles/${row.id}`}>{row.title}</Link>
              {row.featured && <span className="badge">{a.featured}</span>}
            </td>
            <td>
              <span className="status">{a.state[publicationState(row.status, row.publishedAt, now)]}</span>
            </td>
            <td>{row.publishedAt ? formatDateTime(row.publishedAt) : '—'}</td>
            <td>{row.sectionName}</td>
            <td>{row.authorName}</td>
            <td>{row.commentCount}</td>
          </tr>
        ))}
      </AdminTable>
      <AdminPagination page={page} pageCount={pageCount} href={(n) => href({ page: n })} />
    </>
  );
}
