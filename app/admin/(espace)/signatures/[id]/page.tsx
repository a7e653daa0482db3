import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { PhotoForm, photoResultOf } from '@/components/admin/photo-form';
import { ProfileForm } from '@/components/admin/profile-form';
import { getProfileForStaff } from '@/db/profiles';
import { t } from '@/lib/i18n';
import { saveBylineAction } from '../actions';

const b = t.admin.team.bylines;

export const metadata: Metadata = { title: b.title };

/** One byline's name, bio and photo (editors, admins). */
export default async function BylinePage(props: PageProps<'/admin/signatures/[id]'>) {
  const { id } = await props.params;
  await requireStaff('articles', `/admin/signatures/${encodeURIComponent(id)}`);
  const byline = /^\d{1,9}$/.test(id) ? getProfileForStaff(Number(id), { kind: 'byline' }) : null;
  if (!byline) notFound();
  const query = await props.searchParams;
  return (
    <>
      <p>
        <Link href="/admin/signatures">{b.back}</Link>
      </p>
      <h1>{byline.name}</h1>
      <p>
        <Link href={`/auteur/${byline.slug}`} prefetch={false}>
          {t.admin.team.profile.authorPage}
        </Link>
      </p>
      <ProfileForm action={saveBylineAction} initial={{ name: byline.name, bio: byline.bio }} bylineId={byline.id} />
      <PhotoForm
        action={`/admin/signatures/${byline.id}/photo`}
        avatar={byline.avatar}
        result={photoResultOf(query.photo)}
      />
    </>
  );
}
