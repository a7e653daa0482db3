// npm run import:wordpress -- export.xml [--uploads dir] [--permalink structure] [--dry-run] [--replace-demo] [--site url]:
// a WordPress export into the site's database.
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const usage =
  'Usage : npm run import:wordpress -- export.xml [--uploads wp-content/uploads] [--permalink "/%year%/%monthnum%/%postname%/"] [--dry-run] [--replace-demo] [--site http://localhost:3000]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    'replace-demo': { type: 'boolean', default: false },
    uploads: { type: 'string' },
    permalink: { type: 'string' },
    site: { type: 'string' },
  },
});
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(file ? `Fichier introuvable : ${file}` : usage);
  process.exit(2);
}
if (values.uploads && !fs.statSync(values.uploads, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`Dossier des fichiers envoyés introuvable : ${values.uploads}`);
  process.exit(2);
}
if (values.permalink !== undefined && !values.permalink.includes('%')) {
  console.error(`--permalink « ${values.permalink} » : une structure WordPress comme /%year%/%monthnum%/%postname%/`);
  process.exit(2);
}

const { db } = await import('@/db/index');
const { migrateDatabase } = await import('@/db/migrate');
const { holdsOnlyDemoContent, importWordPress, removeDemoContent } = await import('@/db/wordpress-import');
const { config } = await import('@/lib/config');
const { storeImageFile } = await import('@/lib/media-store');
const { uploadsFileOf } = await import('@/lib/wordpress-media');
const { WxrError } = await import('@/lib/wxr-reader');
const { formatImportSummary, formatProgress } = await import('@/lib/wordpress-summary');
const { revalidateRunningSite } = await import('./site-revalidation');

// A database that does not exist yet is created here; the demo is only seeded on an empty one, so a
// site whose first content is an import never gets it.
migrateDatabase(db);
if (holdsOnlyDemoContent()) {
  if (values['replace-demo'] && !values['dry-run']) {
    removeDemoContent();
    console.log('Contenu de démonstration retiré.');
  } else
    console.log('La base ne contient que le contenu de démonstration : relancez avec --replace-demo pour le retirer.');
}

const uploads = values.uploads;
const total = fs.statSync(file).size;
const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
const started = Date.now();
const onTerminal = process.stderr.isTTY;
let lastReport = Date.now();
try {
  const summary = await importWordPress(stream, {
    dryRun: values['dry-run'],
    timeZone: config.timeZone,
    permalink: values.permalink ?? null,
    copyImage: uploads
      ? async (url) => {
          const local = uploadsFileOf(url, uploads);
          return local ? storeImageFile(local) : null;
        }
      : null,
    onProgress: (progress) => {
      const now = Date.now();
      // A bar redrawn in place on a terminal, a plain line every 10 seconds in a log.
      if (now - lastReport < (onTerminal ? 200 : 10_000)) return;
      lastReport = now;
      const line = formatProgress(progress, { bytes: stream.bytesRead, total }, now - started);
      if (onTerminal) process.stderr.write(`\r${line}\x1b[K`);
      else console.error(line);
    },
  });
  if (onTerminal) process.stderr.write('\r\x1b[K');
  console.log(formatImportSummary(summary));
  console.log(
    // The processor time too: on a shared machine the elapsed time says as much about the neighbours.
    `Durée : ${((Date.now() - started) / 1000).toFixed(1)} s (processeur ${(process.cpuUsage().user / 1e6).toFixed(1)} s) — Mémoire max : ${Math.round(process.resourceUsage().maxRSS / 1024)} Mo — base ${config.databasePath}`,
  );
  if (!summary.dryRun) console.log(await revalidateRunningSite(values.site ?? config.siteUrl));
} catch (error) {
  if (onTerminal) process.stderr.write('\n');
  if (error instanceof WxrError) {
    console.error(`Export illisible, ${error.message}. Les lots déjà écrits sont gardés ; relancez après correction.`);
    process.exit(1);
  }
  throw error;
}
