import { z } from 'zod';
import { markdownToText } from './markdown';
import { articleLimits, bodyField, checkbox, slugField, text } from './article-form';
import { articleStatuses } from './vocabulary';

// A page of the site ("À propos", "Mentions légales"…) as staff post it: the article's text fields and rules,
// without what only news has (section, byline, tags, dates, comments), plus its place in the footer.

export const FOOTER_POSITION_MAX = 999;

export const pageFormSchema = z
  .object({
    title: text(articleLimits.title, true),
    slug: slugField,
    bodyMarkdown: bodyField,
    status: z.enum(articleStatuses, { error: 'invalidChoice' }),
    inFooter: checkbox,
    footerPosition: z.preprocess(
      (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : '0'),
      z.coerce
        .number({ error: 'invalidChoice' })
        .int({ error: 'invalidChoice' })
        .min(0, { error: 'invalidChoice' })
        .max(FOOTER_POSITION_MAX, { error: 'invalidChoice' }),
    ),
  })
  .transform(({ slug, ...rest }) => ({ ...rest, slug: slug || null }));

export type PageForm = z.output<typeof pageFormSchema>;
export type PageField = keyof z.input<typeof pageFormSchema>;

export const pageFields = [
  'title',
  'slug',
  'bodyMarkdown',
  'status',
  'inFooter',
  'footerPosition',
] as const satisfies readonly PageField[];

/** A page's public address: /page/<slug>, beside /article/…, so no WordPress permalink or route is shadowed. */
export const pagePath = (slug: string) => `/page/${slug}`;

/** What search engines and shares show of a page: its first words, cut at a word, about 160 characters. */
export function pageDescription(bodyMarkdown: string): string {
  const text = markdownToText(bodyMarkdown);
  if (text.length <= 160) return text;
  return `${text.slice(0, 160).replace(/\s+\S*$/, '')}…`;
}
