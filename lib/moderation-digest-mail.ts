import { config } from './config';
import { formatDateTime } from './format';
import { t } from './i18n';
import { composeMail, type MailBlock, type OutgoingMail } from './mail-message';
import { commentExcerpt } from './moderation-digest';

/** A pending comment as a digest shows it: never the commenter's e-mail or address. */
export type DigestComment = { articleTitle: string; authorName: string; body: string; createdAt: Date };

/**
 * The digest a moderator receives: how many comments wait, the oldest few with their article, author and
 * first words, and the link to the queue. Sent to staff about their own choice, so it ends with the way to
 * change it rather than a commenter's unsubscribe link.
 */
export function moderationDigestMail(values: {
  to: { name: string; email: string };
  frequency: 'hourly' | 'daily';
  pending: number;
  oldest: DigestComment[];
}): OutgoingMail {
  const d = t.mail.digest;
  const items: MailBlock[] = values.oldest.flatMap((comment) => [
    { paragraph: d.item(comment.authorName, comment.articleTitle, formatDateTime(comment.createdAt)) },
    { quote: commentExcerpt(comment.body) },
  ]);
  return composeMail({
    kind: 'moderation-digest',
    to: values.to.email,
    subject: d.subject(values.pending, config.siteName),
    blocks: [
      { paragraph: t.mail.hello(values.to.name) },
      { paragraph: d.intro(values.pending) },
      ...(items.length ? [{ paragraph: d.oldest(values.oldest.length, values.pending) }, ...items] : []),
      { link: { href: `${config.siteUrl}/admin/commentaires`, label: d.link } },
      { paragraph: d.why[values.frequency] },
      { link: { href: `${config.siteUrl}/admin/compte#resume`, label: d.settings } },
    ],
    footer: t.mail.footer(config.siteName, config.siteUrl),
  });
}
