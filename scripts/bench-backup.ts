// `npm run bench:backup`: times a backup and a restore of bench/scale.db (built first when missing), with
// the event loop's delays during the backup (how long a server's request could wait behind it) against
// its delays over as long again with nothing running, which is what the machine alone causes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { ensureScaleDatabase } from './scale-database';

const databasePath = path.resolve('bench/scale.db');
ensureScaleDatabase(databasePath);

const { createBackup } = await import('@/db/backup');
const { restoreBackup } = await import('@/db/restore');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-bench-backup-'));
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const delays = (histogram: IntervalHistogram) => ({
  'event-loop delay p99 ms': Math.round(histogram.percentile(99) / 1e6),
  'max ms': Math.round(histogram.max / 1e6),
});

const stalls = monitorEventLoopDelay({ resolution: 10 });
stalls.enable();
const backup = await createBackup({ databasePath, uploadsDir: path.join(work, 'uploads'), backupDir: work });
stalls.disable();
const idle = monitorEventLoopDelay({ resolution: 10 });
idle.enable();
await new Promise((resolve) => setTimeout(resolve, backup.ms));
idle.disable();
const restoreStartedAt = performance.now();
const restored = await restoreBackup({ backupFile: backup.file, databasePath: path.join(work, 'restored', 'site.db') });
const restoreMs = Math.round(performance.now() - restoreStartedAt);
fs.rmSync(work, { recursive: true, force: true });

console.table([
  {
    what: 'backup (copy, integrity_check)',
    size: megabytes(backup.bytes),
    ms: backup.ms,
    'integrity_check ms': backup.checkMs,
    ...delays(stalls),
  },
  { what: 'nothing, as long', ...delays(idle) },
  { what: 'restore (copy, integrity_check, migrations)', size: megabytes(backup.bytes), ms: restoreMs },
]);
console.log(
  `restored into ${restored.databasePath} (since removed), ${restored.migrationsApplied} migration(s) applied`,
);
