import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { composeMail } from '@/lib/mail-message';
import { nextAttemptAt } from '@/lib/mail-settings';
import { prepareTestDatabase } from './test-database';

const { sqlite } = await prepareTestDatabase();
const { writeTransaction } = await import('./index');
const outbox = await import('./mail-outbox');

const message = (to: string, subject = 'Confirmez votre adresse') =>
  composeMail({
    kind: 'subscription-confirm',
    to,
    subject,
    blocks: [
      { paragraph: 'Bonjour.' },
      { link: { href: 'https://kiosque.example/confirmer?jeton=abc', label: 'Confirmer' } },
    ],
    footer: 'Kiosque',
  });

const statusOf = (id: number) =>
  sqlite.prepare('select status, attempts, last_error from mail_outbox where id = ?').get(id) as {
    status: string;
    attempts: number;
    last_error: string | null;
  };

// Each test starts with an empty queue: what earlier tests left counts as sent.
const drain = () => sqlite.prepare("update mail_outbox set status = 'sent' where status <> 'failed'").run();

describe('the mail outbox', () => {
  it('queues a message only with the change that causes it: a rolled-back transaction queues nothing', () => {
    drain();
    expect(() =>
      writeTransaction((tx) => {
        outbox.queueMail(tx, message('rollback@example.com'));
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(outbox.claimNextMail()).toBeNull();
  });

  it('keeps the address and the body sealed at rest: the database file does not contain them', () => {
    drain();
    writeTransaction((tx) => outbox.queueMail(tx, message('secret.reader@example.com')));
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const file = fs.readFileSync(sqlite.name);
    expect(file.includes('secret.reader')).toBe(false);
    expect(file.includes('confirmer?jeton=abc')).toBe(false);
    const claimed = outbox.claimNextMail();
    expect(claimed?.to).toBe('secret.reader@example.com');
    expect(claimed?.content?.text).toContain('confirmer?jeton=abc');
    outbox.markMailSent(claimed!.id);
    expect(statusOf(claimed!.id).status).toBe('sent');
  });

  it('gives a message to one worker only: a second claim finds nothing while it is being sent', () => {
    drain();
    writeTransaction((tx) => outbox.queueMail(tx, message('once@example.com')));
    const first = outbox.claimNextMail();
    expect(first).not.toBeNull();
    expect(outbox.claimNextMail()).toBeNull();
    outbox.markMailSent(first!.id);
  });

  it('retries after each delay, then marks the message failed with its last error', () => {
    drain();
    const delays = [1_000, 5_000];
    const id = writeTransaction((tx) => outbox.queueMail(tx, message('refused@example.com')));
    let now = new Date();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claimed = outbox.claimNextMail(now);
      expect(claimed?.id).toBe(id);
      expect(claimed?.attempts).toBe(attempt);
      const retryAt = nextAttemptAt(claimed!.attempts, delays, now);
      outbox.markMailAttemptFailed(id, `550 refusé (essai ${attempt})`, retryAt);
      if (retryAt) {
        // Not before its time.
        expect(outbox.claimNextMail(new Date(retryAt.getTime() - 1))).toBeNull();
        now = retryAt;
      }
    }
    expect(statusOf(id)).toEqual({ status: 'failed', attempts: 3, last_error: '550 refusé (essai 3)' });
    expect(outbox.claimNextMail(new Date(now.getTime() + 86_400_000))).toBeNull();
    expect(outbox.countFailedMail()).toBe(1);
  });

  it('loses nothing when the server stops mid-send: the row is in the file, and a restart queues it again', () => {
    drain();
    const id = writeTransaction((tx) => outbox.queueMail(tx, message('crash@example.com')));
    expect(outbox.claimNextMail()?.id).toBe(id);
    // What a new process finds in the file after the crash.
    const restarted = new Database(sqlite.name, { readonly: true });
    expect(restarted.prepare('select status from mail_outbox where id = ?').get(id)).toEqual({ status: 'sending' });
    restarted.close();
    expect(outbox.requeueInterruptedMail()).toBe(1);
    const again = outbox.claimNextMail();
    expect(again).toMatchObject({ id, to: 'crash@example.com', attempts: 2 });
    outbox.markMailSent(id);
  });

  it('lists the last messages for admins with the recipient opened', () => {
    const rows = outbox.listRecentMailForStaff(10);
    expect(rows[0]).toMatchObject({
      recipient: 'crash@example.com',
      status: 'sent',
      subject: 'Confirmez votre adresse',
    });
    expect(rows.find((row) => row.status === 'failed')?.lastError).toBe('550 refusé (essai 3)');
  });
});
