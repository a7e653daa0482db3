import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupReport } from './backup';
import { startBackupSchedule } from './backup-schedule';

const HOUR = 3_600_000;
const report: BackupReport = {
  file: '/srv/backups/kiosque-2026-12-01T031500Z.db',
  bytes: 2_500_000,
  media: { copied: 2, linked: 40 },
  removed: ['kiosque-2026-11-20T031500Z.db'],
  ms: 850,
  checkMs: 300,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('startBackupSchedule', () => {
  it('runs after the first delay, logs a failure, and tries again one interval later', async () => {
    vi.useFakeTimers();
    const log = { log: vi.fn(), error: vi.fn() };
    const run = vi
      .fn<() => Promise<BackupReport>>()
      .mockRejectedValueOnce(new Error('disque plein'))
      .mockResolvedValue(report);
    const stop = startBackupSchedule({ every: 6 * HOUR, firstDelay: 2 * HOUR, run, log });

    await vi.advanceTimersByTimeAsync(2 * HOUR - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('disque plein'));

    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log.log).toHaveBeenCalledWith(
      'Sauvegarde /srv/backups/kiosque-2026-12-01T031500Z.db : 2.5 Mo, médias 2 copiés et 40 liés, en 850 ms; ' +
        'anciennes supprimées : kiosque-2026-11-20T031500Z.db',
    );

    stop();
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never starts a backup while the previous one is still running', async () => {
    vi.useFakeTimers();
    let finish = () => {};
    const run = vi.fn(
      () =>
        new Promise<BackupReport>((resolve) => {
          finish = () => resolve(report);
        }),
    );
    const stop = startBackupSchedule({ every: HOUR, firstDelay: 0, run, log: { log: vi.fn(), error: vi.fn() } });
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
  });
});
