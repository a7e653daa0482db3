import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_PER_STEP, createBackup } from './backup';
import { openDatabase } from './connection';
import { integrityProblems } from './integrity';
import { migrateDatabase } from './migrate';
import { seedScaleContent } from './seed-scale';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-backup-'));

function makeSite({ content }: { content: boolean }) {
  const dir = tempDir();
  const connection = openDatabase(path.join(dir, 'site.db'));
  migrateDatabase(connection.db);
  if (content)
    seedScaleContent(connection.db, { articles: 20, comments: 400, bigArticleComments: 40, smallArticleComments: 20 });
  return { dir, ...connection, uploads: path.join(dir, 'uploads'), backups: path.join(dir, 'backups') };
}

describe('createBackup', { timeout: 30_000 }, () => {
  it('copies in small steps while the same connection keeps writing, and keeps every row written before', async () => {
    const site = makeSite({ content: true });
    const insert = site.sqlite.prepare(
      "insert into comments (article_id, author_name, author_email, author_email_hash, body, status) values (1, 'Awa', 'awa@example.com', 'h', ?, 'pending')",
    );
    const before = site.sqlite.prepare('select count(*) from comments').pluck().get() as number;
    // Between two steps the event loop runs: a writer scheduled there gets in before the copy ends.
    let writes = 0;
    const writer = () => {
      insert.run(`Écrit pendant la sauvegarde ${writes++}`);
      if (writes < 500) setImmediate(writer);
    };
    setImmediate(writer);
    const report = await createBackup({
      source: site.sqlite,
      uploadsDir: site.uploads,
      backupDir: site.backups,
      pagesPerStep: 1,
    });
    expect(writes).toBeGreaterThan(1);
    expect(await integrityProblems(report.file)).toEqual([]);
    const copy = openDatabase(report.file);
    expect(copy.sqlite.prepare('select max(id) from comments').pluck().get()).toBeGreaterThanOrEqual(before);
    const copied = copy.sqlite.prepare('select count(*) from comments').pluck().get() as number;
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copy.sqlite.prepare("select count(*) from comments where body like 'Écrit pendant%'").pluck().get()).toBe(
      copied - before,
    );
    copy.sqlite.close();
  });

  it('copies new media and hard-links the ones the previous backup holds, each backup whole on its own', async () => {
    const site = makeSite({ content: false });
    fs.mkdirSync(site.uploads);
    fs.writeFileSync(path.join(site.uploads, 'a1.jpg'), 'première image');
    const first = await createBackup({
      source: site.sqlite,
      uploadsDir: site.uploads,
      backupDir: site.backups,
      pagesPerStep: PAGES_PER_STEP.wholeDatabase,
      now: new Date('2026-11-30T03:15:00Z'),
    });
    expect(first.media).toEqual({ copied: 1, linked: 0 });
    fs.writeFileSync(path.join(site.uploads, 'b2.png'), 'seconde image');
    const second = await createBackup({
      source: site.sqlite,
      uploadsDir: site.uploads,
      backupDir: site.backups,
      pagesPerStep: PAGES_PER_STEP.wholeDatabase,
      now: new Date('2026-12-01T03:15:00Z'),
    });
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
        source: site.sqlite,
        uploadsDir: site.uploads,
        backupDir: site.backups,
        pagesPerStep: PAGES_PER_STEP.wholeDatabase,
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
      source: site.sqlite,
      uploadsDir: site.uploads,
      backupDir: site.backups,
      pagesPerStep: PAGES_PER_STEP.wholeDatabase,
      now: new Date('2026-11-01T03:15:00Z'),
    });
    // A page in the middle of the live file turns to garbage (a disk fault): the copy carries it.
    site.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = site.sqlite.pragma('page_size', { simple: true }) as number;
    const pages = site.sqlite.pragma('page_count', { simple: true }) as number;
    const file = fs.openSync(path.join(site.dir, 'site.db'), 'r+');
    fs.writeSync(file, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
    fs.closeSync(file);
    const damaged = openDatabase(path.join(site.dir, 'site.db'));
    await expect(
      createBackup({
        source: damaged.sqlite,
        uploadsDir: site.uploads,
        backupDir: site.backups,
        pagesPerStep: PAGES_PER_STEP.wholeDatabase,
        now: new Date('2026-12-01T03:15:00Z'),
        retention: { last: 0, daily: 0, weekly: 0 },
      }),
    ).rejects.toThrow(/integrity_check/);
    expect(fs.readdirSync(site.backups)).toEqual([path.basename(good.file), 'kiosque-2026-11-01T031500Z.medias']);
  });
});
