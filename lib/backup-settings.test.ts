import { describe, expect, it } from 'vitest';
import { firstBackupDelay, parseBackupInterval } from './backup-settings';

describe('parseBackupInterval', () => {
  it('reads minutes, hours and days', () => {
    expect(parseBackupInterval('24h')).toBe(86_400_000);
    expect(parseBackupInterval('6h')).toBe(21_600_000);
    expect(parseBackupInterval('30m')).toBe(1_800_000);
    expect(parseBackupInterval(' 1d ')).toBe(86_400_000);
  });

  it('refuses what it cannot read rather than guess', () => {
    for (const text of ['', '0h', '6', 'h', '6 hours', '1.5h', '-6h', '6H', '99999h'])
      expect(parseBackupInterval(text)).toBeNull();
  });
});

describe('firstBackupDelay', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const hour = 3_600_000;

  it('waits for the rest of the interval since the newest backup', () => {
    expect(firstBackupDelay(new Date('2026-12-01T09:00:00Z'), 6 * hour, now)).toBe(3 * hour);
  });

  it('takes one at once when none exists or the newest is overdue', () => {
    expect(firstBackupDelay(null, 6 * hour, now)).toBe(0);
    expect(firstBackupDelay(new Date('2026-11-30T03:00:00Z'), 24 * hour, now)).toBe(0);
  });
});
