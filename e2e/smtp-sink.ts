import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it, as specs read it (e2e/mailbox.ts). */
export type ReceivedMail = {
  to: string[];
  from: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

/*
 * A real SMTP server for the e2e run: the site sends to it over SMTP_URL, and each message it accepts is
 * parsed and written as JSON to `folder`, where specs read it. Recipients named `refuse-always…@` are refused
 * for good, `refuse-twice…@` twice before being accepted: the worker's retries are seen from outside.
 */
export function startSmtpSink(port: number, folder: string): Promise<() => Promise<void>> {
  fs.mkdirSync(folder, { recursive: true });
  const refusals = new Map<string, number>();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (to.startsWith('refuse-always'))
        return callback(Object.assign(new Error('550 boîte refusée'), { responseCode: 550 }));
      if (to.startsWith('refuse-twice')) {
        const seen = (refusals.get(to) ?? 0) + 1;
        refusals.set(to, seen);
        if (seen <= 2)
          return callback(Object.assign(new Error(`451 réessayez plus tard (${seen})`), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: { name: parsed.from?.value[0]?.name ?? '', address: parsed.from?.value[0]?.address ?? '' },
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: Object.fromEntries(
              parsed.headerLines.map((line) => [line.key, line.line.slice(line.key.length + 1).trim()]),
            ),
          };
          // Written whole, then renamed: a reader never sees half a file.
          const name = `${Date.now()}-${process.pid}-${++received}`;
          fs.writeFileSync(path.join(folder, `${name}.tmp`), JSON.stringify(mail));
          fs.renameSync(path.join(folder, `${name}.tmp`), path.join(folder, `${name}.json`));
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(() => new Promise((done) => server.close(() => done()))));
  });
}
