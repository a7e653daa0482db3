import fs from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { uploadsDirOf } from '@/lib/uploads-dir';
import { openDatabase } from './connection';
import { holdDatabaseForRestore } from './database-holders';
import { integrityProblems } from './sqlite-worker';
import { migrateDatabase } from './migrate';

export type RestoreReport = {
  databasePath: string;
  previous: string | null;
  media: { restored: number; previous: string | null };
  migrationsApplied: number;
};

/**
 * Puts a backup (`kiosque-….db` and the `.medias` folder beside it) in place of the database at
 * `databasePath` and its uploads. Refused while a server holds the database (db/database-holders.ts).
 * The backup is copied and checked (integrity_check) before anything is touched; the current database
 * and uploads are then moved aside as `….before-restore-<time>`, never deleted, and the restored
 * database gets the migrations the backup is older than.
 */
export async function restoreBackup(options: {
  backupFile: string;
  databasePath: string;
  now?: Date;
}): Promise<RestoreReport> {
  const { databasePath } = options;
  await fs.access(options.backupFile);
  const release = holdDatabaseForRestore(databasePath);
  try {
    const incoming = `${databasePath}.restoring`;
    await fs.copyFile(options.backupFile, incoming);
    const problems = await integrityProblems(incoming);
    if (problems.length > 0) {
      await fs.rm(incoming, { force: true });
      throw new Error(`Sauvegarde refusée, integrity_check : ${problems.join(' ; ')}`);
    }

    const suffix = `before-restore-${(options.now ?? new Date()).toISOString().replace(/[-:]|\.\d+/g, '')}`;
    const aside = `${databasePath}.${suffix}`;
    // The -wal file may hold the last committed writes: it moves with its database, under the matching name.
    let previous: string | null = null;
    for (const part of ['', '-wal', '-shm']) {
      if (await moveIfPresent(databasePath + part, aside + part)) previous ??= aside;
    }
    await fs.rename(incoming, databasePath);

    const uploads = uploadsDirOf(databasePath);
    const previousUploads = (await moveIfPresent(uploads, `${uploads}.${suffix}`)) ? `${uploads}.${suffix}` : null;
    const backupMedia = options.backupFile.replace(/\.db$/, '.medias');
    await fs.mkdir(uploads, { recursive: true });
    if (backupMedia !== options.backupFile && (await fs.stat(backupMedia).catch(() => null)))
      await fs.cp(backupMedia, uploads, { recursive: true });
    const restored = (await fs.readdir(uploads)).length;

    const { db, sqlite } = openDatabase(databasePath);
    try {
      const applied = () => db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`).n;
      const before = applied();
      migrateDatabase(db);
      return {
        databasePath,
        previous,
        media: { restored, previous: previousUploads },
        migrationsApplied: applied() - before,
      };
    } finally {
      sqlite.close();
    }
  } finally {
    release();
  }
}

/** Moves `from` to `to` if it exists; says whether it did. */
async function moveIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await fs.rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
