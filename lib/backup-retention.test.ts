import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './backup-retention';

const backups = (...times: string[]) => times.map((time) => ({ at: new Date(time) }));
const kept = (list: { at: Date }[], policy?: { last: number; daily: number; weekly: number }) =>
  [...backupsToKeep(list, policy)].map((backup) => backup.at.toISOString().slice(0, 16)).sort();

describe('backupsToKeep', () => {
  it('keeps the newest backup of each day', () => {
    expect(
      kept(backups('2026-12-01T03:00Z', '2026-12-01T09:00Z', '2026-12-01T15:00Z', '2026-11-30T21:00Z'), {
        last: 0,
        daily: 7,
        weekly: 0,
      }),
    ).toEqual(['2026-11-30T21:00', '2026-12-01T15:00']);
  });

  it('keeps 7 daily and 4 weekly backups out of 60 nightly ones', () => {
    // Nightly at 03:15 from Friday 2 October to Monday 30 November 2026.
    const nightly = Array.from({ length: 60 }, (_, day) => ({
      at: new Date(Date.UTC(2026, 9, 2 + day, 3, 15)),
    }));
    expect(kept(nightly)).toEqual([
      // Sundays close the three weeks before the current one (ISO weeks start on Monday)...
      '2026-11-15T03:15',
      '2026-11-22T03:15',
      // ...and the last seven days, the newest of which is also the current week's.
      '2026-11-24T03:15',
      '2026-11-25T03:15',
      '2026-11-26T03:15',
      '2026-11-27T03:15',
      '2026-11-28T03:15',
      '2026-11-29T03:15',
      '2026-11-30T03:15',
    ]);
  });

  it('counts days that have a backup, so a long gap does not erase the older ones', () => {
    expect(
      kept(backups('2026-06-01T03:00Z', '2026-06-02T03:00Z', '2026-12-01T03:00Z'), { last: 0, daily: 7, weekly: 4 }),
    ).toEqual(['2026-06-01T03:00', '2026-06-02T03:00', '2026-12-01T03:00']);
  });

  it('splits weeks at midnight UTC between Sunday and Monday', () => {
    expect(
      kept(backups('2026-11-29T23:59Z', '2026-11-30T00:00Z', '2026-11-23T00:00Z', '2026-11-22T23:59Z'), {
        last: 0,
        daily: 0,
        weekly: 4,
      }),
    ).toEqual(['2026-11-22T23:59', '2026-11-29T23:59', '2026-11-30T00:00']);
  });

  it('keeps the 4 newest whatever their day, as well', () => {
    expect(
      kept(
        backups(
          '2026-12-01T00:00Z',
          '2026-12-01T06:00Z',
          '2026-12-01T12:00Z',
          '2026-12-01T18:00Z',
          '2026-12-01T18:30Z',
          '2026-11-30T18:00Z',
        ),
      ),
    ).toEqual(['2026-11-30T18:00', '2026-12-01T06:00', '2026-12-01T12:00', '2026-12-01T18:00', '2026-12-01T18:30']);
  });

  it('keeps nothing of an empty list and keeps one backup alone', () => {
    expect(kept([])).toEqual([]);
    expect(kept(backups('2026-12-01T03:00Z'))).toEqual(['2026-12-01T03:00']);
  });
});
