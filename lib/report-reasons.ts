/** Why a reader reports a comment; the labels live in the message catalog. */
export const reportReasons = ['spam', 'insulte', 'hors-sujet', 'autre'] as const;
export type ReportReason = (typeof reportReasons)[number];
