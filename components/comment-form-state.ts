import type { CommentField } from '@/lib/comment-validation';

/** What the comment action answers when it does not redirect: the reader's input and what to fix. */
export type CommentFormState = {
  values: Record<CommentField, string> & { remember: boolean };
  errors: Partial<Record<CommentField, string>>;
  formError: string | null;
};
