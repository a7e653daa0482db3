import type { FormState } from './form-state';

/** The author's edit of their comment: its id and the text they typed. */
export type OwnCommentValues = { commentId: string; body: string };
export type OwnCommentFormState = FormState<OwnCommentValues, 'body'>;
