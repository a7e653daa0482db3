import { openTestDatabase } from './database';
import { startSmtpSink } from './smtp-sink';

/*
 * Runs once the server is up, before any spec: the run's SMTP server, at E2E_PORT + 30 (playwright.config.ts
 * points the site's SMTP_URL at it). And the specs together post far more than 30 comments in 10 minutes on
 * the seed article: with the default pile-up rule, that would hold the comments of whichever spec came next
 * ("Afflux de commentaires"). The run's threshold is raised out of reach; e2e/surge.spec.ts reads it and
 * reaches it on an article of its own.
 */
export default async function globalSetup() {
  const sqlite = openTestDatabase();
  try {
    sqlite
      .prepare(
        "insert into settings (key, value) values ('surgeComments', '10000') on conflict (key) do update set value = excluded.value",
      )
      .run();
  } finally {
    sqlite.close();
  }
  return startSmtpSink(Number(process.env.E2E_SMTP_PORT), process.env.E2E_MAILBOX_DIR!);
}
