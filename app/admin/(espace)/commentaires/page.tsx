import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { QueueItem } from '@/components/admin/queue-item';
import { QueueKeyboard } from '@/components/admin/queue-keyboard';
import {
  countQueueTabs,
  getModerationBatch,
  getQueueArticle,
  listQueueForStaff,
  queuePageSizes,
} from '@/db/moderation-queue';
import { t } from '@/lib/i18n';
import { queueTabs, undoWindowStart, type QueueTab } from '@/lib/moderation-actions';
import { can } from '@/lib/roles';
import { moderateAction, editCommentAction, replyCommentAction, undoAction } from './actions';

export const metadata: Metadata = { title: t.admin.comments.title };

const m = t.admin.comments;
const undoable = new Set(['comment.approve', 'comment.unapprove', 'comment.spam', 'comment.trash', 'comment.restore']);

type Query = {
  statut?: string;
  q?: string;
  article?: string;
  par?: string;
  page?: string;
  fait?: string;
  erreur?: string;
};

function queueHref(query: Query, changes: Partial<Query>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, fait: undefined, erreur: undefined, ...changes }))
    if (value) params.set(key, value);
  const search = params.toString();
  return `/admin/commentaires${search ? `?${search}` : ''}`;
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CommentQueuePage(props: PageProps<'/admin/commentaires'>) {
  const raw = await props.searchParams;
  const query: Query = Object.fromEntries(
    ['statut', 'q', 'article', 'par', 'page', 'fait', 'erreur'].map((key) => [key, single(raw[key])?.slice(0, 200)]),
  );
  const here = queueHref(query, {});
  const staff = await requireStaff('moderate', here);

  const tab: QueueTab = (queueTabs as readonly string[]).includes(query.statut ?? '')
    ? (query.statut as QueueTab)
    : 'pending';
  const articleId = /^\d{1,9}$/.test(query.article ?? '') ? Number(query.article) : null;
  const filter = { search: query.q ?? '', articleId };
  const perPage = queuePageSizes.find((size) => String(size) === query.par) ?? queuePageSizes[0];
  const counts = countQueueTabs(filter);
  const pageCount = Math.max(1, Math.ceil(counts[tab] / perPage));
  // A page emptied by the last action shows the new last page instead of nothing.
  const page = Math.min(/^\d{1,6}$/.test(query.page ?? '') ? Math.max(1, Number(query.page)) : 1, pageCount);
  const rows = listQueueForStaff(tab, filter, page, perPage);
  const back = queueHref(query, { page: page > 1 ? String(page) : undefined });
  const article = articleId ? getQueueArticle(articleId) : null;
  const done = query.fait ? getModerationBatch(query.fait, staff.id, undoWindowStart(new Date())) : [];
  const actionLabels: { value: string; label: string }[] = (
    [
      'approve',
      'unapprove',
      'spam',
      'trash',
      'restore',
      ...(can(staff.role, 'deleteComments') ? ['delete' as const] : []),
    ] as const
  ).map((action) => ({ value: action, label: m.actions[action] }));

  return (
    <div className="queue">
      <h1>{m.title}</h1>
      {query.fait && (
        <div className="flash" role="status">
          <p>
            {done.length
              ? done.map((group) => m.done[group.action as keyof typeof m.done]?.(group.count)).join(' ')
              : m.nothingDone}
          </p>
          {done.length > 0 && done.every((group) => undoable.has(group.action)) && (
            <form action={undoAction} data-undo>
              <input type="hidden" name="batch" value={query.fait} />
              <input type="hidden" name="back" value={back} />
              <button type="submit" className="button-secondary">
                {m.undo}
              </button>{' '}
              <span className="hint">{m.undoHint}</span>
            </form>
          )}
        </div>
      )}
      {query.erreur && (
        <p className="form-error" role="alert">
          {m.invalid}
        </p>
      )}
      <form role="search" method="get" action="/admin/commentaires" className="queue-search">
        <input type="hidden" name="statut" value={tab} />
        {articleId && <input type="hidden" name="article" value={articleId} />}
        <label htmlFor="recherche">{m.search}</label>
        <input id="recherche" name="q" type="search" defaultValue={query.q ?? ''} />
        <label htmlFor="par-page" className="queue-search__size">
          {m.perPage}
        </label>
        <select id="par-page" name="par" defaultValue={String(perPage)}>
          {queuePageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="submit">{m.searchSubmit}</button>
      </form>
      {article && (
        <p>
          {m.articleFilter(article.title)} ·{' '}
          <Link href={queueHref(query, { article: undefined, page: undefined })}>{m.clearFilter}</Link>
        </p>
      )}
      <nav aria-label={m.tabsLabel} className="tabs">
        <ul>
          {queueTabs.map((name) => (
            <li key={name}>
              <Link
                href={queueHref(query, { statut: name, page: undefined })}
                aria-current={name === tab ? 'page' : undefined}
              >
                {m.tabCount(m.tabs[name], counts[name])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <>
          <form id="lot" action={moderateAction} className="bulk" aria-label={m.bulkLegend}>
            <input type="hidden" name="back" value={back} />
            <input type="hidden" name="pageIds" value={rows.map((row) => row.id).join(',')} />
            <div className="field--check">
              <input id="tout" name="all" type="checkbox" data-select-all />
              <label htmlFor="tout">{m.selectAll}</label>
            </div>
            <label htmlFor="action-groupee">{m.bulkAction}</label>
            <select id="action-groupee" name="action">
              {actionLabels.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <button type="submit">{m.apply}</button>
          </form>
          <ol className="queue-list">
            {rows.map((row) => (
              <QueueItem
                key={row.id}
                comment={row}
                back={back}
                canDelete={can(staff.role, 'deleteComments')}
                moderate={moderateAction}
                edit={editCommentAction}
                reply={replyCommentAction}
                articleFilterHref={queueHref(query, { article: String(row.article.id), page: undefined })}
              />
            ))}
          </ol>
        </>
      )}
      <QueueKeyboard key={query.fait ?? ''} />
      <AdminPagination
        page={page}
        pageCount={pageCount}
        href={(n) => queueHref(query, { page: n > 1 ? String(n) : undefined })}
      />
    </div>
  );
}
