import 'server-only';
import { PAGES_PER_STEP, createBackup, newestBackup } from '@/db/backup';
import { startBackupSchedule } from '@/db/backup-schedule';
import { sqlite } from '@/db/index';
import { backupSettings, firstBackupDelay } from '@/lib/backup-settings';
import { config } from '@/lib/config';
import { uploadsDirOf } from '@/lib/uploads-dir';

/** The server's own backups when BACKUP_EVERY is set, through its one connection (see PAGES_PER_STEP). */
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
        source: sqlite,
        uploadsDir: uploadsDirOf(config.databasePath),
        backupDir: settings.dir,
        pagesPerStep: PAGES_PER_STEP.server,
      }),
  });
}
