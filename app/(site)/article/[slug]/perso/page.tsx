import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { pageNotFound } from '@/app/(site)/page-not-found';
import { currentOwnKeys } from '@/app/_server/own-comment-key';
import { decodeHeldIds, decodeRemembered, HELD_COOKIE, REMEMBER_COOKIE } from '@/lib/commenter-cookies';
import { pageFromSegments } from '@/lib/pagination';
import { ArticleScreen, articleMetadata } from '../article-screen';

/**
 * The article for one reader, rendered per request: their remembered details in the form, their own
 * comments awaiting moderation, the reply form of `?repondre=ID`, the report form of `?signaler=ID`,
 * the edit and delete forms of their own comments (`?modifier=ID`, `?supprimer=ID`). Only readers with a commenter
 * cookie or such a query are rewritten here (next.config.ts); everyone else gets the cached page.
 */
const positiveId = (value: string | string[] | undefined) =>
  typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;

const reportState = (reporting: number | null, reported: number | null) =>
  reported ? { commentId: reported, done: true } : reporting ? { commentId: reporting, done: false } : null;

const commentPageOf = (query: Record<string, string | string[] | undefined>) =>
  typeof query.cpage === 'string' ? pageFromSegments(['page', query.cpage]) : 1;

export async function generateMetadata(props: PageProps<'/article/[slug]/perso'>): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([props.params, props.searchParams]);
  // Canonical to the comment page shown, like the cached route's (`?cpage=N`), not to the article's first page.
  return { ...articleMetadata(slug, commentPageOf(query) ?? 1), robots: { index: false } };
}

export default async function PersonalArticlePage(props: PageProps<'/article/[slug]/perso'>) {
  const [{ slug }, query, jar] = await Promise.all([props.params, props.searchParams, cookies()]);
  const commentPage = commentPageOf(query);
  if (!commentPage) pageNotFound();
  return (
    <ArticleScreen
      slug={slug}
      commentPage={commentPage}
      personal={{
        remembered: decodeRemembered(jar.get(REMEMBER_COOKIE)?.value),
        heldIds: decodeHeldIds(jar.get(HELD_COOKIE)?.value),
        replyToId: positiveId(query.repondre),
        report: reportState(positiveId(query.signaler), positiveId(query.signale)),
        ownKeys: await currentOwnKeys(new Date()),
        editing: positiveId(query.modifier),
        deleting: positiveId(query.supprimer),
      }}
    />
  );
}
