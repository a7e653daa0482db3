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
  /** Null when the backup has no media folder: the uploads are left alone. */
  media: { restored: number; previous: string | null } | null;
  migrationsApplied: number;
};

/**
 * Puts a backup (`kiosque-….db` and the `.medias` folder beside it) in place of the database at
 * `databasePath` and its uploads. Refused while a server holds the database (db/database-holders.ts).
 * The backup is copied and checked (integrity_check) before anything is touched; the current database
 * and uploads are then moved aside as `….before-restore-<time>`, never deleted, and the restored
 * database gets the migrations the backup is older than. Putting a `….before-restore-<time>` file back
 * the same way undoes a restore.
 */
export async function restoreBackup(options: {
  backupFile: string;
  databasePath: string;
  now?: Date;
}): Promise<RestoreReport> {
  const { databasePath } = options;
  if (!(await fs.stat(options.backupFile).catch(() => null))?.isFile())
    throw new Error(`Sauvegarde introuvable : ${options.backupFile}`);
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

    // Without a media folder (a `….before-restore-…` file put back, say), the uploads stay as they are:
    // pictures are only ever added, so extra ones harm nothing.
    const backupMedia = options.backupFile.replace(/\.db$/, '.medias');
    const hasMedia =
      backupMedia !== options.backupFile && (await fs.stat(backupMedia).catch(() => null))?.isDirectory();
    let media: RestoreReport['media'] = null;
    if (hasMedia) {
      const uploads = uploadsDirOf(databasePath);
      const previousUploads = `${uploads}.${suffix}`;
      const moved = await moveIfPresent(uploads, previousUploads);
      await fs.cp(backupMedia, uploads, { recursive: true });
      media = { restored: (await fs.readdir(uploads)).length, previous: moved ? previousUploads : null };
    }

    const { db, sqlite } = openDatabase(databasePath);
    try {
      const applied = () => db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`).n;
      const before = applied();
      migrateDatabase(db);
      return {
        databasePath,
        previous,
        media,
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
