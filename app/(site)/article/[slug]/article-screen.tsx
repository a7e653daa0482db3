import 'server-only';
import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { ArticleView } from '@/components/article-view';
import { type ReportState } from '@/components/comment-item';
import { CommentsSection } from '@/components/comments-section';
import { RelatedLinks } from '@/components/related-links';
import { JsonLd } from '@/components/json-ld';
import { getPublicArticle, getRedirectedSlug, listRelatedArticles } from '@/db/articles';
import { listCorrections } from '@/db/corrections';
import { getReplyTarget, listOwnHeldComments, listThreadPage } from '@/db/comments';
import { getSettings } from '@/db/settings';
import { issueFormToken, type Remembered } from '@/lib/commenter-cookies';
import type { OwnKey } from '@/lib/own-comment-keys';
import { areCommentsOpen } from '@/lib/comments-open';
import { t } from '@/lib/i18n';
import { articlePageMetadata } from '@/lib/page-metadata';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/structured-data';
import { postComment, reportCommentAction } from './actions';
import { deleteOwnCommentAction, editOwnCommentAction } from './own-comment-actions';

/** What only the personalised route knows: the reader's cookies and query. */
export type Personal = {
  remembered: Remembered | null;
  heldIds: number[];
  replyToId: number | null;
  report: ReportState;
  /** Keys of the reader's own comments, within the window, and the one they asked to edit or delete. */
  ownKeys: OwnKey[];
  editing: number | null;
  deleting: number | null;
};

/** The public article by slug; renamed articles answer 308 to their new address, others 404. */
export function loadArticle(slug: string) {
  const article = getPublicArticle(slug);
  if (article) return article;
  const renamed = getRedirectedSlug(slug);
  if (renamed) permanentRedirect(`/article/${renamed}`);
  pageNotFound();
}

/** Never throws: a notFound() from generateMetadata makes Next answer with an empty, script-only page. */
export function articleMetadata(slug: string, commentPage = 1): Metadata {
  const article = getPublicArticle(slug);
  return article ? articlePageMetadata(article, commentPage) : {};
}

/** The article page: the story, its comment thread (one page of it) and form, related stories. */
export function ArticleScreen({
  slug,
  commentPage,
  personal,
}: {
  slug: string;
  commentPage: number;
  personal: Personal | null;
}) {
  const article = loadArticle(slug);
  const settings = getSettings();
  const now = new Date();
  const thread = listThreadPage(article.id, commentPage, settings.threadsPerPage, settings.threadOrder);
  if (!thread) pageNotFound();
  const open = areCommentsOpen(article, settings, now);
  const replyTarget = open && personal?.replyToId ? getReplyTarget(personal.replyToId, article.id) : null;
  const remembered = personal?.remembered;
  const related = listRelatedArticles(article, 4);
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.site.home, path: '/' },
          { name: article.section.name, path: `/rubrique/${article.section.slug}` },
          { name: article.title, path: `/article/${article.slug}` },
        ])}
      />
      <ArticleView article={article} corrections={listCorrections(article.id)} />
      <CommentsSection
        articleId={article.id}
        articlePath={`/article/${article.slug}`}
        count={article.commentCount}
        thread={thread}
        held={personal ? listOwnHeldComments(article.id, personal.heldIds) : []}
        open={open}
        form={{
          action: postComment,
          token: issueFormToken(article.id, now.getTime()),
          initialValues: {
            body: '',
            authorName: remembered?.authorName ?? '',
            authorEmail: remembered?.authorEmail ?? '',
            authorUrl: remembered?.authorUrl ?? '',
            remember: Boolean(remembered),
            notifyReplies: false,
            token: '',
          },
          replyTo: replyTarget && { id: replyTarget.id, name: replyTarget.authorName },
        }}
        reportAction={reportCommentAction}
        report={personal?.report ?? null}
        own={
          personal && (personal.ownKeys.length > 0 || personal.editing || personal.deleting)
            ? {
                keys: personal.ownKeys,
                editing: personal.editing,
                deleting: personal.deleting,
                slug: article.slug,
                windowMinutes: settings.ownEditMinutes,
                editAction: editOwnCommentAction,
                deleteAction: deleteOwnCommentAction,
              }
            : null
        }
      />
      {related.length > 0 && <RelatedLinks articles={related} />}
    </>
  );
}
