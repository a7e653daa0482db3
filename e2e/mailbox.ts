import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { ReceivedMail } from './smtp-sink';

function received(): ReceivedMail[] {
  const folder = process.env.E2E_MAILBOX_DIR!;
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as ReceivedMail);
}

/** What the run's SMTP server (e2e/smtp-sink.ts) received: specs read it by recipient. */
function messagesTo(address: string): ReceivedMail[] {
  const to = address.toLowerCase();
  return received().filter((mail) => mail.to.includes(to));
}

export const mailbox = {
  /** Every message received for the address so far, oldest first. */
  messagesTo,

  /** Waits until the address has received `count` messages (the site's worker sends within a moment), and returns the last. */
  async waitFor(address: string, count = 1): Promise<ReceivedMail> {
    await expect
      .poll(() => messagesTo(address).length, { message: `courriels reçus par ${address}` })
      .toBeGreaterThanOrEqual(count);
    return messagesTo(address)[count - 1]!;
  },

  /** The first link in a message's text that starts with the site's address and path. */
  link(mail: ReceivedMail, pathPrefix: string): string {
    const found = mail.text.match(new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/.]/g, '\\$&')}[^\\s]*`));
    if (!found) throw new Error(`pas de lien ${pathPrefix} dans « ${mail.subject} »`);
    return found[0];
  },
};

export type Mailbox = typeof mailbox;
