import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { getCommenterForStaff, getCommenterSummaryForStaff, RECENT_COMMENTS } from '@/db/commenters';
import { commentStatuses } from '@/lib/vocabulary';
import { ruleDurations } from '@/lib/commenter-rule-form';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { addRuleAction, removeRuleAction } from './actions';
import { AdminTable } from '@/components/admin/admin-table';

const c = t.admin.commenter;
const m = t.admin.comments;

export const metadata: Metadata = { title: t.admin.comments.commenter };

/** A commenter at a glance, from any row of the queue: their record, and the trust and block rules. */
export default async function CommenterPage(props: PageProps<'/admin/commentaires/commentateur/[id]'>) {
  const { id } = await props.params;
  await requireStaff('moderate', `/admin/commentaires/commentateur/${id}`);
  const commenter = /^\d{1,9}$/.test(id) ? getCommenterForStaff(Number(id)) : null;
  if (!commenter) redirect('/admin/commentaires');
  const done = (await props.searchParams).fait;
  const message = typeof done === 'string' && done in c.done ? c.done[done as keyof typeof c.done] : null;
  const summary = getCommenterSummaryForStaff(commenter, new Date());
  return (
    <>
      <p>
        <Link href={`/admin/commentaires?q=${encodeURIComponent(commenter.email)}`}>{c.back}</Link>
      </p>
      <h1>{c.title(commenter.name)}</h1>
      {message && (
        <p className={done === 'invalid' ? 'form-error' : 'flash'} role={done === 'invalid' ? 'alert' : 'status'}>
          {message}
        </p>
      )}
      <p className="queue-item__private">
        <span>
          {m.email} : {commenter.email}
        </span>
        <span>
          {m.ip} : {commenter.ip ?? m.noIp}
        </span>
      </p>
      <section aria-labelledby="ses-chiffres">
        <h2 id="ses-chiffres">{c.counts}</h2>
        <dl className="figures">
          {commentStatuses.map((status) => (
            <div key={status}>
              <dt>{c.status[status]}</dt>
              <dd>{summary.counts[status]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="ses-regles">
        <h2 id="ses-regles">{c.rules}</h2>
        {summary.rules.length === 0 ? (
          <p>{c.noRules}</p>
        ) : (
          <ul>
            {summary.rules.map((rule) => (
              <li key={rule.id}>
                <form action={removeRuleAction} className="inline-form">
                  {c.rule(rule.kind, rule.on, rule.expiresAt && formatDateTime(rule.expiresAt))}{' '}
                  <input type="hidden" name="ruleId" value={rule.id} />
                  <input type="hidden" name="commentId" value={commenter.commentId} />
                  <button type="submit" className="button-secondary">
                    {c.removeRule}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <div className="commenter-actions">
          <form action={addRuleAction} className="admin-form">
            <input type="hidden" name="commentId" value={commenter.commentId} />
            <input type="hidden" name="kind" value="trust" />
            <p className="hint">{c.trustHint}</p>
            <button type="submit">{c.trust}</button>
          </form>
          <form action={addRuleAction} className="admin-form">
            <input type="hidden" name="commentId" value={commenter.commentId} />
            <input type="hidden" name="kind" value="block" />
            <p className="hint">{c.blockHint}</p>
            <fieldset>
              <legend>{c.blockOn}</legend>
              <div className="field--check">
                <input id="bloquer-email" type="radio" name="on" value="email" defaultChecked />
                <label htmlFor="bloquer-email">{c.blockOnEmail}</label>
              </div>
              {commenter.ip && (
                <div className="field--check">
                  <input id="bloquer-ip" type="radio" name="on" value="ip" />
                  <label htmlFor="bloquer-ip">{c.blockOnIp(commenter.ip)}</label>
                </div>
              )}
            </fieldset>
            <div className="field">
              <label htmlFor="bloquer-duree">{c.duration}</label>
              <select id="bloquer-duree" name="duration" defaultValue="forever">
                {(Object.keys(ruleDurations) as (keyof typeof ruleDurations)[]).map((duration) => (
                  <option key={duration} value={duration}>
                    {c.durations[duration]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button-danger">
              {c.block}
            </button>
          </form>
        </div>
      </section>
      <section aria-labelledby="ses-commentaires">
        <h2 id="ses-commentaires">{c.recent(RECENT_COMMENTS)}</h2>
        <AdminTable
          columns={[
            t.admin.articles.columns.date,
            t.admin.articles.columns.state,
            t.admin.articles.columns.title,
            m.ip,
            t.admin.comments.editLabel,
          ]}
        >
          {summary.recent.map((comment) => (
            <tr key={comment.id}>
              <td>{formatDateTime(comment.createdAt)}</td>
              <td>
                <span className="status">{m.status[comment.status]}</span>
              </td>
              <td>
                <a href={`/article/${comment.article.slug}`}>{comment.article.title}</a>
              </td>
              <td>{comment.ip ?? m.noIp}</td>
              <td>{comment.body.length > 200 ? `${comment.body.slice(0, 200)}…` : comment.body}</td>
            </tr>
          ))}
        </AdminTable>
      </section>
    </>
  );
}
