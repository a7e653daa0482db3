import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailSettings } from './mail-settings';

export type Envelope = { id: number; to: string; subject: string; text: string; html: string; unsubscribeUrl?: string };
export type SendMail = (mail: Envelope) => Promise<void>;

/** The folder the messages go to when no SMTP server is configured: beside the database, like its backups. */
export const mailFolderOf = (databasePath: string) => path.join(path.dirname(databasePath), 'courriels');

function mailOptions(from: string, mail: Envelope): Mail.Options {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.unsubscribeUrl
      ? {
          'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
          // RFC 8058: a mail client's "unsubscribe" button posts this, with no page to confirm.
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {},
  };
}

/**
 * Sends over SMTP_URL with nodemailer, or, with none configured (a fresh machine, `npm start`), writes each
 * message as RFC 822 text to a .eml file, which any mail client opens.
 */
export function createMailSender(settings: MailSettings, folder: string): SendMail {
  if (settings.smtpUrl) {
    // The worker sends one message at a time: a server that stops answering must not hold the queue for long.
    const smtp = nodemailer.createTransport({
      url: settings.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    return async (mail) => {
      await smtp.sendMail(mailOptions(settings.from, mail));
    };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (mail) => {
    const { message } = await stream.sendMail(mailOptions(settings.from, mail));
    await fs.mkdir(folder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await fs.writeFile(path.join(folder, `${stamp}-${mail.id}.eml`), message as Buffer, { mode: 0o600 });
  };
}
