import 'server-only';
import { openEmail, sealEmail } from '@/lib/commenter-identity';

// Every comment e-mail the WordPress import writes and the export reads passes here: sealed at rest.

/** What comments.author_email holds for an address. */
export const storedCommentEmail = (email: string): string => sealEmail(email);

/** The address behind a comments.author_email value ('' when it cannot be opened: sealed with another key). */
export const commentEmailOf = (stored: string): string => openEmail(stored) ?? '';
