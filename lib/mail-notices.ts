import { t } from './i18n';
import { config } from './config';
import { composeMail, type OutgoingMail } from './mail-message';
import { commentUrl, confirmToken, confirmUrl, oneClickUrl, unsubscribePageUrl, unsubscribeToken } from './mail-links';

/*
 * The messages about comments, in French, from the catalog (messages/fr-mail.ts). A reader's words (a name,
 * a reply) go in as text; composeMail escapes them for the HTML and keeps line breaks out of the subject.
 * A notice never names an address: only the replier's name and text, as the page shows them.
 */

const m = () => t.mail;
const footer = () => m().footer(config.siteName, config.siteUrl);

export function confirmationMail(to: string, emailHash: string, articleTitle: string, now: Date): OutgoingMail {
  return composeMail({
    kind: 'subscription-confirm',
    to,
    subject: m().confirm.subject(config.siteName),
    blocks: [
      { paragraph: m().confirm.intro(articleTitle) },
      { link: { href: confirmUrl(confirmToken(emailHash, now)), label: m().confirm.link } },
      { paragraph: m().confirm.ignore },
    ],
    footer: footer(),
  });
}

/** The unsubscribe links of a notice: one-click for the thread in the headers, both choices in the text. */
function unsubscribe(emailHash: string, commentId: number) {
  const thread = unsubscribeToken(emailHash, { commentId });
  return {
    header: { href: oneClickUrl(thread), label: m().unsubscribe },
    blocks: [
      { link: { href: unsubscribePageUrl(thread), label: m().unsubscribeThread } },
      { link: { href: unsubscribePageUrl(unsubscribeToken(emailHash, 'all')), label: m().unsubscribeAll } },
    ],
  };
}

export function replyMail(values: {
  to: string;
  emailHash: string;
  /** The subscriber's comment, whose replies they follow. */
  comment: { id: number; authorName: string };
  reply: { id: number; authorName: string; body: string };
  articleTitle: string;
}): OutgoingMail {
  const links = unsubscribe(values.emailHash, values.comment.id);
  return composeMail({
    kind: 'reply',
    to: values.to,
    subject: m().reply.subject(values.reply.authorName, values.articleTitle),
    blocks: [
      { paragraph: m().hello(values.comment.authorName) },
      { paragraph: m().reply.intro(values.reply.authorName, values.articleTitle) },
      { quote: values.reply.body },
      { link: { href: commentUrl(values.reply.id), label: m().reply.link } },
      ...links.blocks,
    ],
    footer: footer(),
    unsubscribe: links.header,
  });
}

export function publishedMail(values: {
  to: string;
  emailHash: string;
  comment: { id: number; authorName: string };
  articleTitle: string;
}): OutgoingMail {
  const links = unsubscribe(values.emailHash, values.comment.id);
  return composeMail({
    kind: 'comment-published',
    to: values.to,
    subject: m().published.subject(values.articleTitle),
    blocks: [
      { paragraph: m().hello(values.comment.authorName) },
      { paragraph: m().published.intro(values.articleTitle) },
      { link: { href: commentUrl(values.comment.id), label: m().published.link } },
      ...links.blocks,
    ],
    footer: footer(),
    unsubscribe: links.header,
  });
}
