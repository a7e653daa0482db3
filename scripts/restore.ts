// `npm run db:restore -- backups/kiosque-2026-12-01T031507Z.db`: puts a backup in place of DATABASE_PATH
// and its uploads, refused while a server uses the database (README, "Sauvegarde et restauration").
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup } from '@/db/restore';
import { config } from '@/lib/config';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Indiquez la sauvegarde à restaurer : npm run db:restore -- backups/kiosque-….db');
  process.exit(1);
}

let report;
try {
  report = await restoreBackup({ backupFile: path.resolve(positionals[0]!), databasePath: config.databasePath });
} catch (error) {
  console.error(`Restauration refusée : ${(error as Error).message}`);
  process.exit(1);
}
console.log(
  `Restaurée dans ${report.databasePath} (integrity_check ok, ${report.migrationsApplied} migration(s) appliquée(s)).`,
);
if (report.previous) console.log(`L’ancienne base est gardée : ${report.previous}`);
if (!report.media) console.log('Pas de dossier de médias avec cette sauvegarde : les médias actuels restent en place.');
else console.log(`Médias : ${report.media.restored} fichiers restaurés.`);
if (report.media?.previous) console.log(`Les anciens médias sont gardés : ${report.media.previous}`);

// The site's own home-page queries, through its db module, on the restored file: the site can read it.
const { getLeadArticle, listLatestArticles } = await import('@/db/articles');
const lead = getLeadArticle();
console.log(`Page d’accueil lue : « ${lead?.title ?? '—'} » et ${listLatestArticles(9).length} articles récents.`);
