import type { CommentField, CommentValues } from '@/lib/comment-fields';
import type { FormState } from './form-state';

/** What the comment action answers when it does not redirect: the reader's input and what to fix. */
export type CommentFormState = FormState<CommentValues, CommentField>;
