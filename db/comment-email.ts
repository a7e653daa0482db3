import 'server-only';

// Every comment e-mail the WordPress import writes and the export reads passes here, so storing addresses
// sealed at rest (lib/commenter-identity.ts sealEmail/openEmail) is a change of these two lines.

/** What comments.author_email holds for an address. */
export const storedCommentEmail = (email: string): string => email;

/** The address behind a comments.author_email value. */
export const commentEmailOf = (stored: string): string => stored;
