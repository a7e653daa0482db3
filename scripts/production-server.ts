// The production server on a given database and build folder, for the bench and Lighthouse scripts:
// the database brought up to date (migrations; the demo on an empty file), a build once per folder, then
// the site's server (scripts/server.ts). A build folder belongs to one database: its prerendered pages come from it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export type ProductionServer = { base: string; pid: number; coldStartMs: number; stop: () => void };

export async function startProductionServer(options: {
  databasePath: string;
  distDir: string;
  port: number;
  rebuild?: boolean;
  env?: Record<string, string>;
}): Promise<ProductionServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const env = {
    ...process.env,
    DATABASE_PATH: options.databasePath,
    NEXT_DIST_DIR: options.distDir,
    SITE_URL: base,
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  const run = (command: string[]) => {
    const result = spawnSync('npx', command, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed`);
  };
  run(['tsx', '--conditions=react-server', 'scripts/prepare-db.ts']);
  if (options.rebuild || !fs.existsSync(path.join(options.distDir, 'BUILD_ID'))) run(['next', 'build']);

  const startedAt = Date.now();
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: { ...env, PORT: String(options.port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  // Ready means the first reader is served, not only the port open.
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ok = await fetch(`${base}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { base, pid: server.pid!, coldStartMs: Date.now() - startedAt, stop };
}
