import 'server-only';
import type { Metadata } from 'next';
import { ArticleView } from '@/components/article-view';
import { listCorrections } from '@/db/corrections';
import type { ArticleView as Article } from '@/db/articles';
import { t } from '@/lib/i18n';

/** A preview is never indexed, nor followed: it shows what readers may not see yet. */
export const previewMetadata = (title?: string): Metadata => ({
  title,
  robots: { index: false, follow: false },
});

/** The article as its page will show it to readers, under a banner saying it is not published. */
export function PreviewScreen({ article }: { article: Article }) {
  return (
    <>
      <p className="preview-banner" role="note">
        {t.preview.banner}
      </p>
      <ArticleView article={article} corrections={listCorrections(article.id)} />
    </>
  );
}
