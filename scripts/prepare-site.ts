import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const run = (args: string[]) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** Migrates and seeds an empty database, then builds the site once if there is no build yet. */
export function prepareSite(): void {
  run(['tsx', '--conditions=react-server', 'scripts/prepare-db.ts']);
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) run(['next', 'build']);
}
