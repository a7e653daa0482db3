import 'server-only';
import { createBackup, newestBackup } from '@/db/backup';
import { startBackupSchedule } from '@/db/backup-schedule';
import { backupSettings, firstBackupDelay } from '@/lib/backup-settings';
import { config } from '@/lib/config';
import { uploadsDirOf } from '@/lib/uploads-dir';

/** The server's own backups when BACKUP_EVERY is set, taken in worker threads (db/sqlite-worker.ts). */
export async function startScheduledBackups() {
  const settings = backupSettings();
  if (!settings.everyText) return;
  if (!settings.every) {
    console.error(`BACKUP_EVERY=${settings.everyText} illisible (24h, 6h, 30m, 1d…) : aucune sauvegarde programmée.`);
    return;
  }
  const newest = await newestBackup(settings.dir);
  const firstDelay = firstBackupDelay(newest?.at ?? null, settings.every, new Date());
  console.log(`Sauvegardes toutes les ${settings.everyText} dans ${settings.dir}.`);
  startBackupSchedule({
    every: settings.every,
    firstDelay,
    log: console,
    run: () =>
      createBackup({
        databasePath: config.databasePath,
        uploadsDir: uploadsDirOf(config.databasePath),
        backupDir: settings.dir,
      }),
  });
}
