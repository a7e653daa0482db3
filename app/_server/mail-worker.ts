import 'server-only';
import { claimNextMail, markMailAttemptFailed, markMailSent, requeueInterruptedMail } from '@/db/mail-outbox';
import { config } from '@/lib/config';
import { mailSettings, nextAttemptAt } from '@/lib/mail-settings';
import { createMailSender, mailFolderOf, type SendMail } from '@/lib/mail-transport';

/*
 * The outbox's worker, in the server process: every few seconds it takes the messages that are due, one at a
 * time, and sends them. A reader's request only ever writes a row (db/mail-outbox.ts queueMail); a slow or
 * refusing mail server delays messages, never a page.
 */

async function deliver(send: SendMail, retryDelaysMs: number[]): Promise<boolean> {
  const mail = claimNextMail();
  if (!mail) return false;
  if (!mail.to || !mail.content) {
    // Sealed with another key (AUTH_SECRET changed): no attempt can ever open it.
    markMailAttemptFailed(mail.id, 'message illisible (clé du site changée ?)', null);
    return true;
  }
  try {
    await send({ id: mail.id, to: mail.to, subject: mail.subject, ...mail.content });
    markMailSent(mail.id);
  } catch (error) {
    markMailAttemptFailed(mail.id, (error as Error).message, nextAttemptAt(mail.attempts, retryDelaysMs, new Date()));
  }
  return true;
}

export function startMailWorker(): void {
  const settings = mailSettings(process.env, config.siteName, config.siteUrl);
  const send = createMailSender(settings, mailFolderOf(config.databasePath));
  const requeued = requeueInterruptedMail();
  if (requeued) console.log(`[courriels] ${requeued} message(s) interrompu(s) remis dans la file.`);
  console.log(
    settings.smtpUrl
      ? '[courriels] envoi par SMTP (SMTP_URL).'
      : `[courriels] pas de SMTP_URL : les messages sont écrits dans ${mailFolderOf(config.databasePath)}.`,
  );
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      while (await deliver(send, settings.retryDelaysMs));
    } catch (error) {
      // The database was busy or unavailable: the next tick tries again, the messages are still queued.
      console.error(`[courriels] ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  };
  setInterval(tick, settings.pollMs).unref();
}
