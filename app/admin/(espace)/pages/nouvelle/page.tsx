import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { PageForm } from '@/components/admin/page-form';
import { t } from '@/lib/i18n';
import { latestPictures } from '../../articles/hero-choice';
import { savePageAction } from '../actions';
import { blankPageValues } from '../page-values';

export const metadata: Metadata = { title: t.admin.pages.create };

export default async function NewPagePage() {
  await requireStaff('articles', '/admin/pages/nouvelle');
  return (
    <>
      <h1>{t.admin.pages.create}</h1>
      <PageForm
        action={savePageAction}
        pageId={null}
        initial={blankPageValues}
        version={null}
        pictures={latestPictures()}
      />
    </>
  );
}
