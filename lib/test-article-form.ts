import type { ArticleForm } from '@/lib/article-form';

/** An article form as the editor sends it with nothing typed: tests set what they are about. */
export function blankArticleForm(ids: { sectionId: number; authorId: number }): ArticleForm {
  return {
    title: '',
    slug: null,
    dek: '',
    bodyMarkdown: '',
    ...ids,
    tags: [],
    source: null,
    status: 'draft',
    publishedAt: null,
    featured: false,
    commentMode: 'open',
    keepCommentsOpen: false,
    heroAlt: '',
    heroCaption: null,
    heroCredit: null,
    heroMediaId: null,
    removeHero: false,
  };
}
