import { startSmtpSink } from './smtp-sink';

/** The run's SMTP server, at E2E_PORT + 30 (playwright.config.ts points the site's SMTP_URL at it). */
export default async function globalSetup() {
  return startSmtpSink(Number(process.env.E2E_SMTP_PORT), process.env.E2E_MAILBOX_DIR!);
}
