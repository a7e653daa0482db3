import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// One fresh database per run, shared by the server and by the specs that look inside it.
// Workers inherit the environment of the main process, so the path is chosen once.
process.env.E2E_DATABASE_PATH ??= path.join(os.tmpdir(), `kiosque-e2e-${process.pid}-${Date.now()}`, 'site.db');
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
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
  webServer: {
    // The production build, on its own build folder and the fresh database.
    command: 'npm run build && npx next start -p ' + port,
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
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
