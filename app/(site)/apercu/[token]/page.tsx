import type { Metadata } from 'next';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { getPreviewArticle } from '@/db/articles';
import { readPreviewToken } from '@/lib/preview-link';
import { secretFor } from '@/lib/secret';
import { PreviewScreen, previewMetadata } from '../preview-screen';

// Rendered for each request and sent with Cache-Control: no-store: a preview is never kept by Next, the
// edge (scripts/edge/kiosque.vcl passes /apercu) or a browser, so an expired link stops working.
export const dynamic = 'force-dynamic';

function articleOf(token: string) {
  const id = readPreviewToken(token, new Date(), secretFor('preview-link'));
  return id === null ? null : getPreviewArticle(id, new Date());
}

export async function generateMetadata(props: PageProps<'/apercu/[token]'>): Promise<Metadata> {
  return previewMetadata(articleOf((await props.params).token)?.title);
}

/** A shared preview link: the article for whoever holds a valid, unexpired link, no account needed. */
export default async function SharedPreviewPage(props: PageProps<'/apercu/[token]'>) {
  const article = articleOf((await props.params).token);
  // A forged, altered or expired link is answered like an address that does not exist: it says nothing.
  if (!article) pageNotFound();
  return <PreviewScreen article={article} />;
}
