/** The comment form's text fields, in the order the form shows them (and takes focus on the first error). */
export const commentFields = ['body', 'authorName', 'authorEmail', 'authorUrl'] as const;
export type CommentField = (typeof commentFields)[number];

// Counted in UTF-16 code units after cleaning, like the browser's maxlength, so both sides agree.
export const commentLimits: Record<CommentField, number> = {
  body: 5000,
  authorName: 80,
  authorEmail: 254,
  authorUrl: 200,
};

/**
 * The form as the reader sent it: what a refused or unstored post puts back. The form token goes back
 * too: a page rendered for the answer would otherwise carry a new one, and the reader's second try, a
 * few seconds later, would look like a bot's.
 */
export type CommentValues = Record<CommentField, string> & { remember: boolean; notifyReplies: boolean; token: string };

/** What the reader typed, to put back in the form; a huge paste is cut, not echoed whole. */
export function readCommentValues(formData: FormData): CommentValues {
  const values = Object.fromEntries(
    commentFields.map((field) => {
      const raw = formData.get(field);
      return [field, typeof raw === 'string' ? raw.slice(0, commentLimits[field] * 2) : ''];
    }),
  ) as Record<CommentField, string>;
  const token = formData.get('token');
  return {
    ...values,
    remember: formData.get('remember') === 'on',
    notifyReplies: formData.get('notifyReplies') === 'on',
    token: typeof token === 'string' ? token.slice(0, 200) : '',
  };
}
