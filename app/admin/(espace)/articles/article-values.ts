import type { ArticleValues } from '@/components/admin/article-form';
import type { EditableArticle } from '@/db/staff-articles';
import { config } from '@/lib/config';
import { articleFields } from '@/lib/article-form';
import { timeZoneLabel, toNewsroomDateTime } from '@/lib/local-time';

/** An article as its form shows it: text fields, checkboxes as "on", the time in the newsroom's zone. */
export function toArticleValues(article: EditableArticle): ArticleValues {
  return {
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    bodyMarkdown: article.bodyMarkdown,
    sectionId: String(article.sectionId),
    authorId: String(article.authorId),
    tags: article.tags.join(', '),
    source: article.source ?? '',
    status: article.status,
    publishedAt: article.publishedAt ? toNewsroomDateTime(article.publishedAt, config.timeZone) : '',
    featured: article.featured ? 'on' : '',
    commentMode: article.commentMode,
    keepCommentsOpen: article.keepCommentsOpen ? 'on' : '',
    heroAlt: article.hero?.alt ?? '',
    heroCaption: article.hero?.caption ?? '',
    heroCredit: article.hero?.credit ?? '',
    heroMediaId: '',
    removeHero: '',
  };
}

/** A blank article for the "new" form: a draft by the member writing it. */
export function blankArticleValues(authorId: number, sectionId: number | undefined): ArticleValues {
  const values = Object.fromEntries(articleFields.map((field) => [field, ''])) as ArticleValues;
  return {
    ...values,
    authorId: String(authorId),
    sectionId: sectionId ? String(sectionId) : '',
    status: 'draft',
    commentMode: 'open',
  };
}

/** What the staff member typed, to put back in a refused form; a huge paste is cut, not echoed whole. */
export function echoArticleValues(formData: FormData): ArticleValues {
  return Object.fromEntries(
    articleFields.map((field) => [field, String(formData.get(field) ?? '').slice(0, 120_000)]),
  ) as ArticleValues;
}

/** The newsroom's zone as the publication field names it, at its offset of the moment. */
export function newsroomZone(): { city: string; offset: string } {
  return timeZoneLabel(config.timeZone, new Date());
}
