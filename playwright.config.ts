import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// One fresh database per run, shared by the server and by the specs that look inside it.
// Workers inherit the environment of the main process, so the path is chosen once.
process.env.E2E_DATABASE_PATH ??= path.join(os.tmpdir(), `kiosque-e2e-${process.pid}-${Date.now()}`, 'site.db');
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The run's SMTP server (e2e/global-setup.ts) and the folder where specs read what it received (e2e/mailbox.ts).
process.env.E2E_SMTP_PORT ??= String(port + 30);
process.env.E2E_MAILBOX_DIR ??= path.join(path.dirname(process.env.E2E_DATABASE_PATH), 'boite');

export default defineConfig({
  testDir: './e2e',
  // After the server is up: the run's own settings (e2e/global-setup.ts).
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // A test that fails once is run again and reported as "flaky" in the list, not hidden: on this shared 2-core
  // machine two specs (the backup drill's 50 posters, "Mes données"'s file search) have each failed once in
  // a run and passed in every other; a flaky line is a finding to chase, not a pass.
  retries: 1,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Africa/Douala',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'site', testIgnore: /(storage-lock|search-burst|team-last-admin)\.spec\.ts/ },
    // Specs that hold the whole server up (the database's write lock past the busy timeout, a burst that
    // fills the search pages' allowance): alone, last.
    { name: 'alone', testMatch: /(storage-lock|search-burst)\.spec\.ts/, dependencies: ['site'] },
    // The last-admin rule needs the set of active admins to be known: every other spec creates admins.
    { name: 'last', testMatch: /team-last-admin\.spec\.ts/, dependencies: ['alone'] },
  ],
  webServer: {
    // The production build, on its own build folder and the fresh database, behind the site's own server.
    command: 'npm run build && npx tsx scripts/server.ts',
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI && Boolean(process.env.E2E_REUSE),
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
      SITE_URL: baseURL,
      PORT: String(port),
      // The browser and the specs' request context stand for a reverse proxy at 127.0.0.1: a spec gives
      // each test's client its own address in X-Forwarded-For, as a proxy appends it. The attack replays
      // (e2e/client-address.spec.ts) connect from 127.0.0.2, a client nobody vouches for.
      TRUSTED_PROXIES: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      // Scheduled articles come due within a second or two (app/_server/publication-clock.ts).
      PUBLICATION_CLOCK_SECONDS: '1',
      // Mail goes to the run's SMTP server, is looked for often, and is tried three times with no wait between.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      MAIL_FROM: 'Kiosque <redaction@kiosque.example>',
      MAIL_POLL_MS: '200',
      MAIL_RETRY_SECONDS: '0,0',
      // Personal data past its time is erased within a second or two (app/_server/retention-clock.ts).
      RETENTION_CLOCK_SECONDS: '1',
      // Moderators' digests are queued within a second or two of being due (app/_server/digest-clock.ts).
      DIGEST_CLOCK_SECONDS: '1',
    },
  },
});
