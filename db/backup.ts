import fs from 'node:fs/promises';
import path from 'node:path';
import { backupFileNames, backupOfDatabaseFile, backupStem, backupTime } from '@/lib/backup-name';
import { backupsToKeep, defaultRetention, type RetentionPolicy } from '@/lib/backup-retention';
import { copyDatabase, integrityProblems } from './sqlite-worker';

export type BackupReport = {
  file: string;
  bytes: number;
  media: { copied: number; linked: number };
  removed: string[];
  /** The whole backup, and the integrity_check part of it. */
  ms: number;
  checkMs: number;
};

/**
 * Takes a backup: the database (SQLite's online backup, safe while the site writes, checked with
 * integrity_check; a bad copy is deleted and the backup fails) and the uploaded media, then applies the
 * retention policy. The files are written under `.partial` names and renamed when complete, the database
 * last: a `kiosque-….db` file is always a whole backup.
 */
export async function createBackup(options: {
  databasePath: string;
  uploadsDir: string;
  backupDir: string;
  now?: Date;
  retention?: RetentionPolicy;
}): Promise<BackupReport> {
  const startedAt = performance.now();
  const now = options.now ?? new Date();
  const names = backupFileNames(backupStem(now));
  const file = path.join(options.backupDir, names.database);
  const media = path.join(options.backupDir, names.media);
  await fs.mkdir(options.backupDir, { recursive: true });
  if (await fs.stat(file).catch(() => null)) throw new Error(`${file} existe déjà.`);
  const previous = await newestBackup(options.backupDir);
  try {
    await copyDatabase(options.databasePath, `${file}.partial`);
    const checkStartedAt = performance.now();
    const problems = await integrityProblems(`${file}.partial`);
    const checkMs = Math.round(performance.now() - checkStartedAt);
    if (problems.length > 0) throw new Error(`copie refusée, integrity_check : ${problems.join(' ; ')}`);
    const copied = await copyMedia(
      options.uploadsDir,
      `${media}.partial`,
      previous && path.join(options.backupDir, backupFileNames(previous.stem).media),
    );
    await fs.rename(`${media}.partial`, media);
    await fs.rename(`${file}.partial`, file);
    const removed = await pruneBackups(options.backupDir, options.retention ?? defaultRetention, now);
    const bytes = (await fs.stat(file)).size;
    return { file, bytes, media: copied, removed, ms: Math.round(performance.now() - startedAt), checkMs };
  } finally {
    await fs.rm(`${file}.partial`, { force: true });
    await fs.rm(`${media}.partial`, { force: true, recursive: true });
  }
}

async function listBackups(dir: string) {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names.flatMap((name) => backupOfDatabaseFile(name) ?? []);
}

/** The newest complete backup in `dir`, or null. */
export async function newestBackup(dir: string): Promise<{ stem: string; at: Date } | null> {
  const backups = await listBackups(dir);
  return backups.sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
}

/**
 * Media files are named by the hash of their content and never rewritten, so a file the previous backup
 * holds under the same name and size is the same file: it is hard-linked from there (no second copy on
 * disk, and every backup folder stays whole on its own). Others, and all where links fail, are copied.
 */
async function copyMedia(from: string, to: string, previous: string | null) {
  await fs.mkdir(to, { recursive: true });
  const names = await fs.readdir(from).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const counts = { copied: 0, linked: 0 };
  for (const name of names) {
    const source = await fs.stat(path.join(from, name));
    if (!source.isFile()) continue;
    const earlier = previous && (await fs.stat(path.join(previous, name)).catch(() => null));
    if (earlier && earlier.size === source.size) {
      const linked = await fs.link(path.join(previous, name), path.join(to, name)).then(
        () => true,
        () => false,
      );
      if (linked) {
        counts.linked++;
        continue;
      }
    }
    await fs.copyFile(path.join(from, name), path.join(to, name));
    counts.copied++;
  }
  return counts;
}

const DAY = 86_400_000;

/** Deletes the backups the policy does not keep, and what a backup that crashed midway left a day ago or more. */
async function pruneBackups(dir: string, policy: RetentionPolicy, now: Date): Promise<string[]> {
  const backups = await listBackups(dir);
  const keep = backupsToKeep(backups, policy);
  const removed: string[] = [];
  for (const backup of backups.filter((backup) => !keep.has(backup))) {
    const names = backupFileNames(backup.stem);
    await fs.rm(path.join(dir, names.database), { force: true });
    await fs.rm(path.join(dir, names.media), { force: true, recursive: true });
    removed.push(names.database);
  }
  for (const name of await fs.readdir(dir)) {
    const at = /\.partial(-journal|-wal|-shm)?$/.test(name) ? backupTime(name.split('.')[0]!) : null;
    if (at && now.getTime() - at.getTime() >= DAY) await fs.rm(path.join(dir, name), { force: true, recursive: true });
  }
  return removed;
}
