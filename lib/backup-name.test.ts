import { describe, expect, it } from 'vitest';
import { backupFileNames, backupOfDatabaseFile, backupStem, backupTime } from './backup-name';

describe('backup names', () => {
  it('name a backup by its UTC time to the second, and read it back', () => {
    const at = new Date('2026-12-01T03:15:07.412Z');
    expect(backupStem(at)).toBe('kiosque-2026-12-01T031507Z');
    expect(backupTime('kiosque-2026-12-01T031507Z')).toEqual(new Date('2026-12-01T03:15:07Z'));
    expect(backupFileNames('kiosque-2026-12-01T031507Z')).toEqual({
      database: 'kiosque-2026-12-01T031507Z.db',
      media: 'kiosque-2026-12-01T031507Z.medias',
    });
  });

  it('know only the database files of complete backups', () => {
    expect(backupOfDatabaseFile('kiosque-2026-12-01T031507Z.db')).toEqual({
      stem: 'kiosque-2026-12-01T031507Z',
      at: new Date('2026-12-01T03:15:07Z'),
    });
    for (const name of [
      'kiosque-2026-12-01T031507Z.db.partial',
      'kiosque-2026-12-01T031507Z.medias',
      'kiosque-2026-13-01T031507Z.db',
      'kiosque-2026-02-30T031507Z.db',
      'site.db',
      'kiosque-2026-12-01T0315Z.db',
    ])
      expect(backupOfDatabaseFile(name)).toBeNull();
  });
});
