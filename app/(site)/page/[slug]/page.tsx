import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { getPublicPage, listPublicPageSlugs } from '@/db/pages';
import { getRedirectTarget } from '@/db/redirects';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { pageDescription, pagePath } from '@/lib/page-form';
import { pageMetadata } from '@/lib/page-metadata';

// Served from the cache like articles; saving a page revalidates it (app/_server/revalidate-page.ts).
export const revalidate = 300;

export function generateStaticParams() {
  return listPublicPageSlugs().map((slug) => ({ slug }));
}

/** Never throws: a notFound() from generateMetadata makes Next answer with an empty, script-only page. */
export async function generateMetadata(props: PageProps<'/page/[slug]'>): Promise<Metadata> {
  const page = getPublicPage((await props.params).slug);
  return page
    ? {
        title: page.title,
        ...pageMetadata({
          path: pagePath(page.slug),
          title: page.title,
          description: pageDescription(page.bodyMarkdown) || page.title,
        }),
      }
    : {};
}

/**
 * A page of the site. A draft or unknown one answers the French 404 at its address; a renamed one's old
 * address (kept in the redirects table, read only here where no page was found) answers a permanent redirect.
 */
export default async function StaticPage(props: PageProps<'/page/[slug]'>) {
  const slug = (await props.params).slug;
  const page = getPublicPage(slug);
  if (!page) {
    const moved = getRedirectTarget(pagePath(slug));
    if (moved) permanentRedirect(moved);
    pageNotFound();
  }
  return (
    <article className="article static-page">
      <header className="article__header">
        <h1>{page.title}</h1>
        {page.updatedAt && (
          <p className="meta">
            <time dateTime={page.updatedAt.toISOString()}>{t.article.updated(formatDateTime(page.updatedAt))}</time>
          </p>
        )}
      </header>
      {/* Staff-written Markdown, rendered and sanitised once on save by lib/markdown.ts. */}
      <div className="article__body" dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
    </article>
  );
}
