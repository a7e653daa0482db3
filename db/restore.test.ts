import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { createBackup } from './backup';
import { openDatabase } from './connection';
import { DatabaseHeldError, holdDatabaseForRestore, holdDatabaseForServer } from './database-holders';
import { migrationsFolder } from './migrate';
import { restoreBackup } from './restore';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-restore-'));
const now = new Date('2026-12-01T03:15:07Z');

/** A site whose database had the migrations of `folder`, with one article title and one upload, backed up. */
async function backedUpSite(folder = migrationsFolder) {
  const dir = tempDir();
  const { db, sqlite } = openDatabase(path.join(dir, 'site.db'));
  migrate(db, { migrationsFolder: folder });
  sqlite.prepare("insert into sections (slug, name) values ('sauvegarde', 'Sauvegardée')").run();
  fs.mkdirSync(path.join(dir, 'uploads'));
  fs.writeFileSync(path.join(dir, 'uploads', 'c3.webp'), 'image sauvegardée');
  const backup = await createBackup({
    databasePath: path.join(dir, 'site.db'),
    uploadsDir: path.join(dir, 'uploads'),
    backupDir: path.join(dir, 'backups'),
    now,
  });
  sqlite.close();
  return backup.file;
}

/** A live site: a database holding a section written after the backup, and an upload of its own. */
function liveSite() {
  const dir = tempDir();
  const databasePath = path.join(dir, 'site.db');
  const { db, sqlite } = openDatabase(databasePath);
  migrate(db, { migrationsFolder });
  sqlite.prepare("insert into sections (slug, name) values ('recente', 'Récente')").run();
  fs.mkdirSync(path.join(dir, 'uploads'));
  fs.writeFileSync(path.join(dir, 'uploads', 'd4.webp'), 'image récente');
  return { dir, databasePath, close: () => sqlite.close() };
}

const sectionsOf = (file: string) => {
  const { sqlite } = openDatabase(file);
  const names = sqlite.prepare('select name from sections order by name').pluck().all();
  sqlite.close();
  return names;
};

describe('restoreBackup', { timeout: 30_000 }, () => {
  it('puts the backup and its media in place and keeps the previous database and uploads aside', async () => {
    const backupFile = await backedUpSite();
    const site = liveSite();
    site.close();
    const report = await restoreBackup({ backupFile, databasePath: site.databasePath, now });
    expect(report).toEqual({
      databasePath: site.databasePath,
      previous: `${site.databasePath}.before-restore-20261201T031507Z`,
      media: { restored: 1, previous: path.join(site.dir, 'uploads.before-restore-20261201T031507Z') },
      migrationsApplied: 0,
    });
    expect(sectionsOf(site.databasePath)).toContain('Sauvegardée');
    expect(sectionsOf(site.databasePath)).not.toContain('Récente');
    expect(sectionsOf(report.previous!)).toContain('Récente');
    expect(fs.readdirSync(path.join(site.dir, 'uploads'))).toEqual(['c3.webp']);
    expect(fs.readdirSync(report.media!.previous!)).toEqual(['d4.webp']);
  });

  it('brings a backup older than the code up to date with the missing migrations', async () => {
    const older = tempDir();
    fs.cpSync(migrationsFolder, older, { recursive: true });
    const journalFile = path.join(older, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.pop();
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const backupFile = await backedUpSite(older);
    const databasePath = path.join(tempDir(), 'fresh', 'site.db');
    const report = await restoreBackup({ backupFile, databasePath, now });
    expect(report.migrationsApplied).toBe(1);
    expect(report.previous).toBeNull();
    expect(sectionsOf(databasePath)).toEqual(['Sauvegardée']);
  });

  it('undoes a restore by putting the database kept aside back, leaving the uploads in place', async () => {
    const backupFile = await backedUpSite();
    const site = liveSite();
    site.close();
    const restore = await restoreBackup({ backupFile, databasePath: site.databasePath, now });
    const undo = await restoreBackup({
      backupFile: restore.previous!,
      databasePath: site.databasePath,
      now: new Date('2026-12-01T04:00:00Z'),
    });
    expect(undo.media).toBeNull();
    expect(sectionsOf(site.databasePath)).toContain('Récente');
    expect(sectionsOf(undo.previous!)).toContain('Sauvegardée');
    expect(fs.readdirSync(path.join(site.dir, 'uploads'))).toEqual(['c3.webp']);
  });

  it('refuses to run while a server holds the database, and touches nothing', async () => {
    const backupFile = await backedUpSite();
    const site = liveSite();
    const releaseServer = holdDatabaseForServer(site.databasePath);
    await expect(restoreBackup({ backupFile, databasePath: site.databasePath, now })).rejects.toThrow(
      DatabaseHeldError,
    );
    expect(sectionsOf(site.databasePath)).toContain('Récente');
    expect(fs.readdirSync(site.dir).sort()).toEqual([
      'site.db',
      'site.db-shm',
      'site.db-wal',
      `site.db.server-${process.pid}.pid`,
      'uploads',
    ]);
    releaseServer();
    site.close();
  });

  it('ignores what a server that died without exiting left behind, even when its process id was reused', async () => {
    const backupFile = await backedUpSite();
    const site = liveSite();
    site.close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(`${site.databasePath}.server-${dead}.pid`, '12345\n');
    // This process's own id, written by a process that started at another time.
    fs.writeFileSync(`${site.databasePath}.server-${process.pid}.pid`, '1\n');
    await restoreBackup({ backupFile, databasePath: site.databasePath, now });
    expect(sectionsOf(site.databasePath)).toContain('Sauvegardée');
    expect(fs.readdirSync(site.dir).filter((name) => name.endsWith('.pid'))).toEqual([]);
  });

  it('refuses a damaged backup before touching the database', async () => {
    const backupFile = await backedUpSite();
    const bytes = fs.readFileSync(backupFile);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    fs.writeFileSync(backupFile, bytes);
    const site = liveSite();
    site.close();
    await expect(restoreBackup({ backupFile, databasePath: site.databasePath, now })).rejects.toThrow(
      /integrity_check/,
    );
    expect(sectionsOf(site.databasePath)).toContain('Récente');
    expect(fs.readdirSync(site.dir).sort()).toEqual(['site.db', 'uploads']);
  });

  it('keeps a server from starting while a restore is under way', () => {
    const site = liveSite();
    site.close();
    const releaseRestore = holdDatabaseForRestore(site.databasePath);
    expect(() => holdDatabaseForServer(site.databasePath)).toThrow(/restauration/i);
    releaseRestore();
    holdDatabaseForServer(site.databasePath)();
  });
});
