import { z } from 'zod';
import { cleanText } from './clean-text';
import { commentFields, commentLimits, type CommentField } from './comment-fields';
import { toSafeHref } from './comment-links';

export type FieldErrorCode = 'required' | 'tooLong' | 'invalidEmail' | 'invalidUrl';
export type CommentInput = {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  remember: boolean;
  /** "Me prévenir par e-mail des réponses à mon commentaire". */
  notifyReplies: boolean;
};

// No honest text shrinks tenfold when cleaned, so a value over ten times the limit is refused as it
// arrives: a megabyte posted by a script costs one length comparison, not a Unicode normalisation.
const RAW_LENGTH_FACTOR = 10;

/** The cleaned text, undefined when missing or blank (→ "required"), or the raw value when far too long. */
function cleanField(limit: number) {
  return (raw: unknown): string | undefined => {
    if (typeof raw !== 'string') return undefined;
    if (raw.length > limit * RAW_LENGTH_FACTOR) return raw;
    return cleanText(raw) || undefined;
  };
}

function requiredText(limit: number) {
  return z.preprocess(cleanField(limit), z.string({ error: 'required' }).max(limit, { error: 'tooLong', abort: true }));
}

function lowerCaseDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return email.slice(0, at) + email.slice(at).toLowerCase();
}

// A site needs a dotted host name ("localhost", "intranet" and "https://.com" are refused) or an IPv6 literal.
function hasPlausibleHost(href: string): boolean {
  const { hostname } = new URL(href);
  return /^[^.]+(\.[^.]+)+$/.test(hostname) || hostname.startsWith('[');
}

const authorUrlSchema = z
  .preprocess(
    cleanField(commentLimits.authorUrl),
    z
      .string()
      .max(commentLimits.authorUrl, { error: 'tooLong', abort: true })
      .transform((value, ctx) => {
        const href = toSafeHref(value);
        if (href && hasPlausibleHost(href)) return href;
        ctx.issues.push({ code: 'custom', message: 'invalidUrl', input: value });
        return z.NEVER;
      })
      .optional(),
  )
  .transform((href) => href ?? null);

const commentFormSchema = z.object({
  body: requiredText(commentLimits.body),
  authorName: requiredText(commentLimits.authorName),
  authorEmail: requiredText(commentLimits.authorEmail)
    .pipe(z.email({ error: 'invalidEmail' }))
    .transform(lowerCaseDomain),
  authorUrl: authorUrlSchema,
  remember: z.preprocess((raw) => raw === 'on', z.boolean()),
  notifyReplies: z.preprocess((raw) => raw === 'on', z.boolean()),
});

const fieldErrorCodes: readonly string[] = [
  'required',
  'tooLong',
  'invalidEmail',
  'invalidUrl',
] satisfies FieldErrorCode[];

function isFieldErrorCode(message: string | undefined): message is FieldErrorCode {
  return message !== undefined && fieldErrorCodes.includes(message);
}

/**
 * Validates the comment form. Errors are codes, not sentences: the form maps them to messages/fr.ts.
 * Any value that is not a string (a File, an array) counts as missing.
 */
export function parseCommentForm(
  raw: Record<string, unknown>,
): { ok: true; data: CommentInput } | { ok: false; errors: Partial<Record<CommentField, FieldErrorCode>> } {
  const result = commentFormSchema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: Partial<Record<CommentField, FieldErrorCode>> = {};
  const { fieldErrors } = z.flattenError(result.error);
  for (const field of commentFields) {
    const first = fieldErrors[field]?.[0];
    if (first === undefined) continue;
    // A message that is not one of our codes is a bug in this schema, not the reader's mistake.
    if (!isFieldErrorCode(first)) throw new Error(`Unexpected validation message for ${field}: ${first}`);
    errors[field] = first;
  }
  return { ok: false, errors };
}

const editSchema = requiredText(commentLimits.body);

/** Validates an author's new text for their comment, with the same rules as the comment form's body. */
export function parseCommentEdit(
  raw: unknown,
): { ok: true; body: string } | { ok: false; error: 'required' | 'tooLong' } {
  const result = editSchema.safeParse(raw);
  if (result.success) return { ok: true, body: result.data };
  return { ok: false, error: result.error.issues[0]?.message === 'tooLong' ? 'tooLong' : 'required' };
}
