import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { listBylinesForStaff } from '@/db/profiles';
import { t } from '@/lib/i18n';

const b = t.admin.team.bylines;

export const metadata: Metadata = { title: b.title };

/** Bylines without an account (editors, admins): imported authors and guest writers. */
export default async function BylinesPage() {
  await requireStaff('articles', '/admin/signatures');
  const bylines = listBylinesForStaff();
  return (
    <>
      <h1>{b.title}</h1>
      <p>{b.intro}</p>
      {bylines.length === 0 ? (
        <p>{b.empty}</p>
      ) : (
        <ul>
          {bylines.map((byline) => (
            <li key={byline.id}>
              <Link href={`/admin/signatures/${byline.id}`} aria-label={b.edit(byline.name)}>
                {byline.name}
              </Link>{' '}
              <span className="hint">({b.articles(byline.articleCount)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
