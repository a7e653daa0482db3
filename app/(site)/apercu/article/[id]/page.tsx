import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireStaff } from '@/app/_server/staff-guard';
import { getPreviewArticle } from '@/db/articles';
import { PreviewScreen, previewMetadata } from '../../preview-screen';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = previewMetadata();

/** Staff see any article not in the trash as readers will, with the site's layout, before publication. */
export default async function StaffPreviewPage(props: PageProps<'/apercu/article/[id]'>) {
  const { id } = await props.params;
  await requireStaff('articles', `/apercu/article/${id}`);
  const article = /^\d{1,9}$/.test(id) ? getPreviewArticle(Number(id), new Date()) : null;
  if (!article) redirect('/admin/articles');
  return <PreviewScreen article={article} />;
}
