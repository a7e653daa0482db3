// `npm start`: migrate and seed an empty database, build once if there is no build, then serve it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const run = (args: string[]) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['tsx', '--conditions=react-server', 'scripts/prepare-db.ts']);
if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) run(['next', 'build']);
await import('./server');
