import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from './backup';
import { openDatabase } from './connection';
import { integrityProblems } from './sqlite-worker';
import { migrateDatabase } from './migrate';
import { seedScaleContent } from './seed-scale';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-backup-'));

function makeSite({ content }: { content: boolean }) {
  const dir = tempDir();
  const databasePath = path.join(dir, 'site.db');
  const connection = openDatabase(databasePath);
  migrateDatabase(connection.db);
  if (content)
    seedScaleContent(connection.db, { articles: 20, comments: 400, bigArticleComments: 40, smallArticleComments: 20 });
  return { dir, databasePath, ...connection, uploads: path.join(dir, 'uploads'), backups: path.join(dir, 'backups') };
}

describe('createBackup', { timeout: 30_000 }, () => {
  it('copies the database while another connection keeps writing, and keeps every row written before it began', async () => {
    const site = makeSite({ content: true });
    const insert = site.sqlite.prepare(
      "insert into comments (article_id, author_name, author_email, author_email_hash, body, status) values (1, 'Awa', 'awa@example.com', 'h', ?, 'pending')",
    );
    const count = (sqlite: typeof site.sqlite, where = '1') =>
      sqlite.prepare(`select count(*) from comments where ${where}`).pluck().get() as number;
    const lastBefore = site.sqlite.prepare('select max(id) from comments').pluck().get() as number;
    // The copy runs in a worker thread with its own connection: this thread's connection writes meanwhile.
    let writes = 0;
    let done = false;
    const writer = () => {
      insert.run(`Écrit pendant la sauvegarde ${writes++}`);
      if (!done) setImmediate(writer);
    };
    setImmediate(writer);
    const report = await createBackup({
      databasePath: site.databasePath,
      uploadsDir: site.uploads,
      backupDir: site.backups,
    }).finally(() => (done = true));
    expect(writes).toBeGreaterThan(1);
    expect(await integrityProblems(report.file)).toEqual([]);
    const copy = openDatabase(report.file);
    expect(count(copy.sqlite, `id <= ${lastBefore}`)).toBe(count(site.sqlite, `id <= ${lastBefore}`));
    // One moment's snapshot: the rows written during the copy that it holds are the first ones, with no gap.
    const during = count(copy.sqlite, `id > ${lastBefore}`);
    expect(copy.sqlite.prepare('select max(id) from comments').pluck().get()).toBe(lastBefore + during);
    copy.sqlite.close();
  });

  it('copies new media and hard-links the ones the previous backup holds, each backup whole on its own', async () => {
    const site = makeSite({ content: false });
    fs.mkdirSync(site.uploads);
    fs.writeFileSync(path.join(site.uploads, 'a1.jpg'), 'première image');
    const backupAt = (iso: string) =>
      createBackup({
        databasePath: site.databasePath,
        uploadsDir: site.uploads,
        backupDir: site.backups,
        now: new Date(iso),
      });
    const first = await backupAt('2026-11-30T03:15:00Z');
    expect(first.media).toEqual({ copied: 1, linked: 0 });
    fs.writeFileSync(path.join(site.uploads, 'b2.png'), 'seconde image');
    const second = await backupAt('2026-12-01T03:15:00Z');
    expect(second.media).toEqual({ copied: 1, linked: 1 });
    const media = (stem: string, name: string) => path.join(site.backups, `${stem}.medias`, name);
    expect(fs.statSync(media('kiosque-2026-12-01T031500Z', 'a1.jpg')).ino).toBe(
      fs.statSync(media('kiosque-2026-11-30T031500Z', 'a1.jpg')).ino,
    );
    fs.rmSync(path.join(site.backups, 'kiosque-2026-11-30T031500Z.medias'), { recursive: true });
    expect(fs.readFileSync(media('kiosque-2026-12-01T031500Z', 'a1.jpg'), 'utf8')).toBe('première image');
    expect(fs.readdirSync(site.backups).sort()).toEqual([
      'kiosque-2026-11-30T031500Z.db',
      'kiosque-2026-12-01T031500Z.db',
      'kiosque-2026-12-01T031500Z.medias',
    ]);
  });

  it('applies the retention policy after each backup', async () => {
    const site = makeSite({ content: false });
    const days = Array.from({ length: 12 }, (_, day) => new Date(Date.UTC(2026, 10, 20 + day, 3, 15)));
    for (const now of days)
      await createBackup({
        databasePath: site.databasePath,
        uploadsDir: site.uploads,
        backupDir: site.backups,
        now,
        retention: { last: 0, daily: 3, weekly: 2 },
      });
    // Mondays 23 and 30 November start the weeks; Sunday 29 closes the one before.
    expect(fs.readdirSync(site.backups).filter((name) => name.endsWith('.db'))).toEqual([
      'kiosque-2026-11-29T031500Z.db',
      'kiosque-2026-11-30T031500Z.db',
      'kiosque-2026-12-01T031500Z.db',
    ]);
  });

  it('refuses a copy that fails integrity_check, deletes it, and leaves the older backups alone', async () => {
    const site = makeSite({ content: true });
    const good = await createBackup({
      databasePath: site.databasePath,
      uploadsDir: site.uploads,
      backupDir: site.backups,
      now: new Date('2026-11-01T03:15:00Z'),
    });
    // A page in the middle of the live file turns to garbage (a disk fault): the copy carries it.
    site.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = site.sqlite.pragma('page_size', { simple: true }) as number;
    const pages = site.sqlite.pragma('page_count', { simple: true }) as number;
    const file = fs.openSync(path.join(site.dir, 'site.db'), 'r+');
    fs.writeSync(file, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
    fs.closeSync(file);
    await expect(
      createBackup({
        databasePath: site.databasePath,
        uploadsDir: site.uploads,
        backupDir: site.backups,
        now: new Date('2026-12-01T03:15:00Z'),
        retention: { last: 0, daily: 0, weekly: 0 },
      }),
    ).rejects.toThrow(/integrity_check/);
    expect(fs.readdirSync(site.backups)).toEqual([path.basename(good.file), 'kiosque-2026-11-01T031500Z.medias']);
  });
});
