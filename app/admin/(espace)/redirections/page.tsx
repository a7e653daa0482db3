import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { listRedirects } from '@/db/redirects';
import { t } from '@/lib/i18n';
import { deleteRedirectAction, saveRedirectAction } from './actions';
import { AdminTable } from '@/components/admin/admin-table';
import { ButtonForm } from '@/components/admin/button-form';

const x = t.admin.redirects;

export const metadata: Metadata = { title: x.title };

const results = { saved: x.saved, removed: x.removed, invalid: x.invalid };

/** Old addresses (editors, admins): list, filter, add and remove, each a plain form that works without JavaScript. */
export default async function RedirectsPage(props: PageProps<'/admin/redirections'>) {
  await requireStaff('articles', '/admin/redirections');
  const params = await props.searchParams;
  const done = typeof params.fait === 'string' && params.fait in results ? (params.fait as keyof typeof results) : null;
  const search = typeof params.q === 'string' ? params.q.slice(0, 200) : '';
  const requested = typeof params.page === 'string' && /^\d{1,6}$/.test(params.page) ? Number(params.page) : 1;
  const { rows, pageCount } = listRedirects({ search, page: Math.max(1, requested) });
  const page = Math.min(Math.max(1, requested), pageCount);
  const pageLink = (n: number) =>
    `/admin/redirections?${new URLSearchParams({ ...(search ? { q: search } : {}), page: String(n) })}`;
  return (
    <>
      <h1>{x.title}</h1>
      <p>{x.intro}</p>
      {done && (
        <p className={done === 'invalid' ? 'form-error' : 'flash'} role={done === 'invalid' ? 'alert' : 'status'}>
          {results[done]}
        </p>
      )}
      <form action={saveRedirectAction} className="taxonomy-row" aria-label={x.newRedirect}>
        <div className="field">
          <label htmlFor="redirection-ancienne">{x.path}</label>
          <input
            id="redirection-ancienne"
            name="path"
            type="text"
            required
            maxLength={500}
            spellCheck={false}
            aria-describedby="redirection-aide"
          />
        </div>
        <div className="field">
          <label htmlFor="redirection-nouvelle">{x.target}</label>
          <input id="redirection-nouvelle" name="target" type="text" required maxLength={500} spellCheck={false} />
        </div>
        <button type="submit">{x.add}</button>
        <span className="hint" id="redirection-aide">
          {x.hint}
        </span>
      </form>
      <form method="get" role="search">
        <div className="field">
          <label htmlFor="redirection-filtre">{x.search}</label>
          <input id="redirection-filtre" name="q" type="search" defaultValue={search} />
        </div>
      </form>
      <AdminTable
        empty={x.empty}
        columns={[
          x.path,
          x.target,
          <span key="remove" className="visually-hidden">
            {x.remove}
          </span>,
        ]}
      >
        {rows.map((row) => (
          <tr key={row.path}>
            <td>
              <code>{row.path}</code> <span className="hint">({x.origin[row.origin]})</span>
            </td>
            <td>
              <code>{row.target}</code>
            </td>
            <td>
              <ButtonForm
                action={deleteRedirectAction}
                fields={{ path: row.path }}
                label={x.remove}
                accessibleName={x.removeLabel(row.path)}
                look="secondary"
              />
            </td>
          </tr>
        ))}
      </AdminTable>
      {pageCount > 1 && (
        <nav aria-label={x.pageOf(page, pageCount)}>
          {page > 1 && <a href={pageLink(page - 1)}>{x.previous}</a>} {x.pageOf(page, pageCount)}{' '}
          {page < pageCount && <a href={pageLink(page + 1)}>{x.next}</a>}
        </nav>
      )}
    </>
  );
}
