import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** The benchmark database (10,000 articles, 200,000 comments), built by `npm run db:seed -- --scale` when missing. */
export function ensureScaleDatabase(databasePath: string) {
  if (fs.existsSync(databasePath)) return;
  const seeded = spawnSync('npm', ['run', 'db:seed', '--', '--scale'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
  if (seeded.status !== 0) throw new Error('the scale database could not be built');
}
