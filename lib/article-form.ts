import { z } from 'zod';
import { cleanText } from './clean-text';
import { parseNewsroomDateTime } from './local-time';
import { slugify, slugPattern } from './slug';
import { articleStatuses, commentModes, type ArticleStatus } from './vocabulary';

export const articleLimits = {
  title: 200,
  slug: 80,
  dek: 400,
  bodyMarkdown: 100_000,
  tags: 20,
  tag: 60,
  source: 300,
  heroText: 300,
};

export type ArticleFieldError =
  | 'required'
  | 'tooLong'
  | 'invalidSlug'
  | 'invalidDate'
  | 'invalidChoice'
  | 'tooManyTags'
  | 'altRequired'
  | 'pictureAlt'
  | 'slugTaken';

/** A one-line text field, cleaned; `required` refuses it empty. Shared by the forms that write public text. */
export const text = (max: number, required = false) =>
  z.preprocess(
    (raw) => (typeof raw === 'string' ? cleanText(raw) : ''),
    z
      .string()
      .max(max, { error: 'tooLong' })
      .refine((value) => !required || value.length > 0, { error: 'required' }),
  );

export const checkbox = z.preprocess((raw) => raw === 'on', z.boolean());

/** An address typed by staff: empty (taken from the title) or lowercase words and hyphens. */
export const slugField = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.trim().toLowerCase() : ''),
  z
    .string()
    .max(articleLimits.slug, { error: 'tooLong' })
    .refine((value) => value === '' || slugPattern.test(value), { error: 'invalidSlug' }),
);

// The body keeps its own line breaks and spaces: Markdown gives them meaning.
export const bodyField = z.preprocess(
  (raw) => (typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n') : ''),
  z
    .string()
    .max(articleLimits.bodyMarkdown, { error: 'tooLong' })
    .refine((value) => value.trim() !== '', { error: 'required' }),
);

/** The article form as staff post it; the publication time is read in the newsroom's time zone. */
export function articleFormSchema(timeZone: string) {
  return z
    .object({
      title: text(articleLimits.title, true),
      slug: slugField,
      dek: text(articleLimits.dek),
      bodyMarkdown: bodyField,
      sectionId: z.coerce
        .number({ error: 'invalidChoice' })
        .int({ error: 'invalidChoice' })
        .positive({ error: 'invalidChoice' }),
      authorId: z.coerce
        .number({ error: 'invalidChoice' })
        .int({ error: 'invalidChoice' })
        .positive({ error: 'invalidChoice' }),
      tags: z.preprocess(
        (raw) => {
          const names = (typeof raw === 'string' ? raw.split(',') : [])
            .map((name) => cleanText(name).replace(/\s+/g, ' '))
            .filter(Boolean);
          // One tag per slug ("Économie" and "economie" are the same tag), first spelling kept.
          const bySlug = new Map<string, string>();
          for (const name of names) if (slugify(name) && !bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
          return [...bySlug.values()];
        },
        z
          .array(z.string().max(articleLimits.tag, { error: 'tooLong' }))
          .max(articleLimits.tags, { error: 'tooManyTags' }),
      ),
      source: text(articleLimits.source),
      status: z.enum(articleStatuses, { error: 'invalidChoice' }),
      publishedAt: z
        .preprocess((raw) => (typeof raw === 'string' ? raw.trim() : ''), z.string())
        .transform((value, ctx) => {
          if (value === '') return null;
          const date = parseNewsroomDateTime(value, timeZone);
          if (!date) ctx.issues.push({ code: 'custom', message: 'invalidDate', input: value });
          return date;
        }),
      featured: checkbox,
      commentMode: z.enum(commentModes, { error: 'invalidChoice' }),
      keepCommentsOpen: checkbox,
      heroAlt: text(articleLimits.heroText),
      heroCaption: text(articleLimits.heroText),
      heroCredit: text(articleLimits.heroText),
      // A picture of the media library chosen as the image; empty keeps the current one.
      heroMediaId: z
        .preprocess(
          (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null),
          z.coerce
            .number({ error: 'invalidChoice' })
            .int({ error: 'invalidChoice' })
            .positive({ error: 'invalidChoice' })
            .nullable(),
        )
        .transform((id) => id ?? null),
      removeHero: checkbox,
    })
    .transform(({ slug, source, heroCaption, heroCredit, ...rest }) => ({
      ...rest,
      slug: slug || null,
      source: source || null,
      heroCaption: heroCaption || null,
      heroCredit: heroCredit || null,
    }));
}

export type ArticleForm = z.output<ReturnType<typeof articleFormSchema>>;
export type ArticleField = keyof z.input<ReturnType<typeof articleFormSchema>>;

export const articleFields = [
  'title',
  'slug',
  'dek',
  'bodyMarkdown',
  'sectionId',
  'authorId',
  'tags',
  'source',
  'status',
  'publishedAt',
  'featured',
  'commentMode',
  'keepCommentsOpen',
  'heroAlt',
  'heroCaption',
  'heroCredit',
  'heroMediaId',
  'removeHero',
] as const satisfies readonly ArticleField[];

/** Field → error code, the first per field; the form maps codes to messages/fr-admin.ts. */
export function articleErrors<F extends string = ArticleField>(
  error: z.ZodError,
): Partial<Record<F, ArticleFieldError>> {
  const errors: Partial<Record<F, ArticleFieldError>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as F;
    const code =
      (['required', 'tooLong', 'invalidSlug', 'invalidDate', 'tooManyTags'] as const).find(
        (known) => known === issue.message,
      ) ?? 'invalidChoice';
    errors[field] ??= code;
  }
  return errors;
}

/**
 * The pictures of a body that readers would get without alt text: neither the body nor the media library
 * describes them. Publishing is refused while there are any.
 */
export function picturesWithoutAlt(
  images: { src: string; alt: string }[],
  library: Map<string, { alt: string; name: string }>,
): string[] {
  return images
    .filter((image) => !image.alt && !library.get(image.src)?.alt)
    .map((image) => library.get(image.src)?.name ?? image.src);
}

/** Draft, scheduled (published with a time still to come) or published, as the lists show it. */
export function publicationState(
  status: ArticleStatus,
  publishedAt: Date | null,
  now: Date,
): 'draft' | 'scheduled' | 'published' {
  if (status === 'draft') return 'draft';
  return publishedAt && publishedAt > now ? 'scheduled' : 'published';
}

/** What the editor's script sends to keep a member's typing (db/revisions.ts autosaveArticle). */
export const autosaveSchema = z.object({
  articleId: z.number().int().positive(),
  version: z.number().int().positive(),
  title: z.string().max(articleLimits.title),
  dek: z.string().max(articleLimits.dek),
  bodyMarkdown: z.string().max(articleLimits.bodyMarkdown),
});
