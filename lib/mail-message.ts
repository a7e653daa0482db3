import { escapeMarkup as escapeHtml } from './markup';

/** The kinds of message the site sends; each is a notification (with one-click unsubscribe) or not. */
export type MailKind =
  | 'subscription-confirm'
  | 'reply'
  | 'comment-published'
  | 'moderation-digest'
  | 'password-reset'
  | 'team-invite'
  | 'data-access';

/** A message as it is queued (db/mail-outbox.ts queueMail): one recipient, French text and its simple HTML. */
export type OutgoingMail = {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Notifications only: the signed address that unsubscribes this recipient in one click (RFC 8058). */
  unsubscribeUrl?: string;
};

/** A header value from text a reader may have written (a name, a title): no line breaks, no control characters. */
export function headerSafe(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export type MailBlock = { paragraph: string } | { quote: string } | { link: { href: string; label: string } };

/**
 * Builds a message from blocks of plain text, in both forms: the text one, and HTML where every piece
 * of text is escaped (a reply's text is a reader's words). The footer names the site and, for a
 * notification, how to stop receiving it.
 */
export function composeMail(values: {
  kind: MailKind;
  to: string;
  subject: string;
  blocks: MailBlock[];
  footer: string;
  unsubscribe?: { href: string; label: string };
}): OutgoingMail {
  const text: string[] = [];
  const html: string[] = [];
  for (const block of values.blocks) {
    if ('paragraph' in block) {
      text.push(block.paragraph);
      html.push(`<p>${escapeHtml(block.paragraph)}</p>`);
    } else if ('quote' in block) {
      text.push(block.quote.replace(/^/gm, '> '));
      html.push(
        `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">${block.quote
          .split(/\n{2,}/)
          .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
          .join('')}</blockquote>`,
      );
    } else {
      text.push(`${block.link.label} :\n${block.link.href}`);
      html.push(`<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`);
    }
  }
  const footerText = [
    '--',
    values.footer,
    ...(values.unsubscribe ? [`${values.unsubscribe.label} : ${values.unsubscribe.href}`] : []),
  ];
  const footerHtml = `<hr><p style="color:#555;font-size:0.9em">${escapeHtml(values.footer)}${
    values.unsubscribe
      ? `<br><a href="${escapeHtml(values.unsubscribe.href)}">${escapeHtml(values.unsubscribe.label)}</a>`
      : ''
  }</p>`;
  return {
    kind: values.kind,
    to: values.to.trim(),
    subject: headerSafe(values.subject),
    text: `${text.join('\n\n')}\n\n${footerText.join('\n')}\n`,
    html: `<!doctype html><html lang="fr"><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${html.join('')}${footerHtml}</body></html>`,
    ...(values.unsubscribe ? { unsubscribeUrl: values.unsubscribe.href } : {}),
  };
}
