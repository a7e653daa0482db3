import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { storageUnavailableCode } from './storage-errors';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function scratchFile(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-storage-'));
  folders.push(folder);
  return path.join(folder, 'site.db');
}

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('storageUnavailableCode', () => {
  it('names a write refused because another connection holds the lock past the busy timeout', () => {
    const file = scratchFile();
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table t (x)');
    const writer = new Database(file);
    writer.pragma('busy_timeout = 0');
    holder.exec('begin exclusive');
    const error = thrownBy(() => writer.prepare('insert into t values (1)').run());
    holder.exec('rollback');
    expect(storageUnavailableCode(error)).toMatch(/^SQLITE_BUSY/);
    expect(storageUnavailableCode(new Error('wrapped', { cause: error }))).toMatch(/^SQLITE_BUSY/);
    holder.close();
    writer.close();
  });

  it('names a write to a database opened read-only', () => {
    const file = scratchFile();
    new Database(file).exec('create table t (x)');
    const reader = new Database(file, { readonly: true });
    expect(storageUnavailableCode(thrownBy(() => reader.prepare('insert into t values (1)').run()))).toBe(
      'SQLITE_READONLY',
    );
    reader.close();
  });

  it('leaves bugs alone: a bad query, a broken constraint, any other error', () => {
    const sqlite = new Database(':memory:');
    sqlite.exec('create table t (x not null)');
    expect(storageUnavailableCode(thrownBy(() => sqlite.prepare('select * from nope').all()))).toBeNull();
    expect(storageUnavailableCode(thrownBy(() => sqlite.prepare('insert into t values (null)').run()))).toBeNull();
    expect(storageUnavailableCode(new Error('SQLITE_BUSY'))).toBeNull();
    expect(storageUnavailableCode(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBeNull();
    expect(storageUnavailableCode(null)).toBeNull();
  });
});
