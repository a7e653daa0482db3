// `npm run db:backup`: the database and its uploaded media copied into BACKUP_DIR (default `backups/`
// beside the database), safe while the site writes; then the retention policy (README, "Sauvegarde").
import fs from 'node:fs';
import { config } from '@/lib/config';

if (!fs.existsSync(config.databasePath)) {
  console.error(`Pas de base à sauvegarder : ${config.databasePath}`);
  process.exit(1);
}
const { createBackup } = await import('@/db/backup');
const { backupSettings } = await import('@/lib/backup-settings');
const { uploadsDirOf } = await import('@/lib/uploads-dir');

try {
  const report = await createBackup({
    databasePath: config.databasePath,
    uploadsDir: uploadsDirOf(config.databasePath),
    backupDir: backupSettings().dir,
  });
  console.log(
    `Sauvegarde : ${report.file} (${(report.bytes / 1e6).toFixed(1)} Mo, integrity_check ok), médias : ` +
      `${report.media.copied} copiés, ${report.media.linked} liés à la sauvegarde précédente, en ${report.ms} ms.`,
  );
  for (const removed of report.removed) console.log(`Ancienne sauvegarde supprimée : ${removed}`);
} catch (error) {
  console.error(`Sauvegarde échouée : ${(error as Error).message}`);
  process.exitCode = 1;
}
