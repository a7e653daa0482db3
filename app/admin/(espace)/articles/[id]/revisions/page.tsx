import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { getRevision, listRevisions } from '@/db/revisions';
import { getArticleForEditing } from '@/db/staff-articles';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { hasChanges, wordDiff } from '@/lib/word-diff';
import { restoreRevisionAction } from './actions';
import { ButtonForm } from '@/components/admin/button-form';

const r = t.admin.writing.revisions;

export const metadata: Metadata = { title: r.title };

const fields = ['title', 'dek', 'bodyMarkdown'] as const;

/** An article's revisions: who saved when, a word-level diff of one against the current text, and restoring it. */
export default async function RevisionsPage(props: PageProps<'/admin/articles/[id]/revisions'>) {
  const { id } = await props.params;
  await requireStaff('articles', `/admin/articles/${id}/revisions`);
  const query = await props.searchParams;
  const article = /^\d{1,9}$/.test(id) ? getArticleForEditing(Number(id)) : null;
  if (!article) redirect('/admin/articles');
  const revisions = listRevisions(article.id);
  const comparedId = typeof query.comparer === 'string' && /^\d{1,9}$/.test(query.comparer) ? query.comparer : null;
  const compared = comparedId ? getRevision(article.id, Number(comparedId)) : null;
  // From the current text to the revision's: what restoring it would change.
  const diffs = compared && fields.map((field) => ({ field, parts: wordDiff(article[field], compared[field]) }));
  return (
    <>
      <h1>{r.pageTitle(article.title)}</h1>
      <p>
        <Link href={`/admin/articles/${article.id}`}>{r.back}</Link>
      </p>
      {query.restauree !== undefined && (
        <p className="flash" role="status">
          {r.restored}
        </p>
      )}
      {query.conflit !== undefined && (
        <p className="form-error" role="alert">
          {r.conflict}
        </p>
      )}
      <p className="hint">{r.intro}</p>
      {revisions.length === 0 ? (
        <p>{r.empty}</p>
      ) : (
        <ol className="revision-list">
          {revisions.map((revision) => (
            <li key={revision.id} aria-current={revision.id === compared?.id ? 'true' : undefined}>
              <time dateTime={revision.createdAt.toISOString()}>{formatDateTime(revision.createdAt)}</time> ·{' '}
              {r.kinds[revision.kind]} {r.by(revision.authorName)} ·{' '}
              <Link href={`/admin/articles/${article.id}/revisions?comparer=${revision.id}#comparaison`}>
                {r.compare}
              </Link>
            </li>
          ))}
        </ol>
      )}
      {compared && diffs && (
        <section id="comparaison" aria-labelledby="comparaison-titre">
          <h2 id="comparaison-titre">{r.diffTitle(formatDateTime(compared.createdAt))}</h2>
          {diffs.every((diff) => !hasChanges(diff.parts)) ? (
            <p>{r.same}</p>
          ) : (
            diffs
              .filter((diff) => hasChanges(diff.parts))
              .map((diff) => (
                <div key={diff.field} className="revision-diff">
                  <h3>{r.fields[diff.field]}</h3>
                  <p className="revision-diff__text">
                    {diff.parts.map((part, index) =>
                      part.change === 'added' ? (
                        <ins key={index}>
                          <span className="visually-hidden">[{r.added} : </span>
                          {part.text}
                          <span className="visually-hidden">]</span>
                        </ins>
                      ) : part.change === 'removed' ? (
                        <del key={index}>
                          <span className="visually-hidden">[{r.removed} : </span>
                          {part.text}
                          <span className="visually-hidden">]</span>
                        </del>
                      ) : (
                        <span key={index}>{part.text}</span>
                      ),
                    )}
                  </p>
                </div>
              ))
          )}
          <ButtonForm
            action={restoreRevisionAction}
            fields={{ id: article.id, revision: compared.id, version: article.version }}
            label={r.restore}
          />
        </section>
      )}
    </>
  );
}
